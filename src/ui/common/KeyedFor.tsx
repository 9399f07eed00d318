// A list read again on every change of the session gives new objects each time, and
// Solid's <For> would make every row anew, closing a form someone is typing in. KeyedFor
// keeps each row by a stable key; the row reads its current item through an accessor.
import { type Accessor, createMemo, For, type JSX, Show } from 'solid-js';

export function KeyedFor<T>(props: {
  each: T[];
  by: (item: T) => string;
  fallback?: JSX.Element;
  children: (item: Accessor<T>) => JSX.Element;
}) {
  const byKey = createMemo(() => new Map(props.each.map((item) => [props.by(item), item])));
  const keys = createMemo(() => [...byKey().keys()], [], {
    equals: (a, b) => a.length === b.length && a.every((key, i) => key === b[i]),
  });
  return (
    <For each={keys()} fallback={props.fallback}>
      {(key) => <Show when={byKey().get(key)}>{(item) => props.children(item as Accessor<T>)}</Show>}
    </For>
  );
}
