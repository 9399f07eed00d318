import { Show } from 'solid-js';

/** A problem in plain words, announced to screen readers as it appears. */
export function ProblemMessage(props: { text: string | null | undefined }) {
  return (
    <Show when={props.text}>
      <p class="problem" role="alert">
        {props.text}
      </p>
    </Show>
  );
}
