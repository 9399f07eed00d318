// A labelled form field with its hint and its problem, tied together for screen readers.
import { For, type JSX, Show, splitProps } from 'solid-js';

interface FieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  problem?: string | null | undefined;
}

function describedBy(props: FieldProps): string | undefined {
  const ids = [props.hint ? `${props.id}-hint` : '', props.problem ? `${props.id}-problem` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldFrame(props: FieldProps & { children: JSX.Element }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <Show when={props.hint}>
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      {props.children}
      <Show when={props.problem}>
        <p class="problem" id={`${props.id}-problem`} role="alert">
          {props.problem}
        </p>
      </Show>
    </div>
  );
}

export function TextField(
  props: FieldProps & Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'id'> & { onValue: (value: string) => void },
) {
  const [own, rest] = splitProps(props, ['id', 'label', 'hint', 'problem', 'onValue']);
  return (
    <FieldFrame id={own.id} label={own.label} hint={own.hint} problem={own.problem}>
      <input
        {...rest}
        id={own.id}
        aria-invalid={own.problem ? true : undefined}
        aria-describedby={describedBy(own)}
        onInput={(event) => own.onValue(event.currentTarget.value)}
      />
    </FieldFrame>
  );
}

export function TextArea(
  props: FieldProps &
    Omit<JSX.TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & { onValue: (value: string) => void },
) {
  const [own, rest] = splitProps(props, ['id', 'label', 'hint', 'problem', 'onValue']);
  return (
    <FieldFrame id={own.id} label={own.label} hint={own.hint} problem={own.problem}>
      <textarea
        rows="3"
        {...rest}
        id={own.id}
        aria-invalid={own.problem ? true : undefined}
        aria-describedby={describedBy(own)}
        onInput={(event) => own.onValue(event.currentTarget.value)}
      />
    </FieldFrame>
  );
}

export function SelectField(
  props: FieldProps & { value: string; onValue: (value: string) => void; options: { value: string; label: string }[] },
) {
  return (
    <FieldFrame id={props.id} label={props.label} hint={props.hint} problem={props.problem}>
      <select
        id={props.id}
        value={props.value}
        aria-describedby={describedBy(props)}
        onChange={(event) => props.onValue(event.currentTarget.value)}
      >
        <For each={props.options}>{(option) => <option value={option.value}>{option.label}</option>}</For>
      </select>
    </FieldFrame>
  );
}
