// A choice of one member from a list read again at every change of the session. Its options
// are kept by member key, and the chosen value is put back whenever the list changes: an
// option made anew (or moved) makes the browser show the first one, and Solid's `value` on
// a <select> is set only when the value itself changes. What shows is what is sent.
import { createEffect, on, Show } from 'solid-js';
import { KeyedFor } from './KeyedFor.tsx';

export interface MemberChoice {
  key: string;
  /** As the option shows it. */
  name: string;
}

export function MemberSelect(props: {
  id: string;
  members: MemberChoice[];
  /** The chosen member's key; '' for the empty option (or, without one, nothing shown). */
  value: string;
  onChoose: (key: string) => void;
  /** The text of a first option meaning "nobody yet"; none when left out. */
  empty?: string;
  name?: string;
  class?: string;
  required?: boolean;
  describedBy?: string;
}) {
  let select!: HTMLSelectElement;
  createEffect(
    on([() => props.members, () => props.value], ([, value]) => {
      select.value = value;
    }),
  );
  return (
    <select
      ref={select}
      id={props.id}
      name={props.name}
      class={props.class}
      required={props.required}
      aria-describedby={props.describedBy}
      onChange={(event) => props.onChoose(event.currentTarget.value)}
    >
      <Show when={props.empty !== undefined}>
        <option value="">{props.empty}</option>
      </Show>
      <KeyedFor each={props.members} by={(member) => member.key}>
        {(member) => <option value={member().key}>{member().name}</option>}
      </KeyedFor>
    </select>
  );
}
