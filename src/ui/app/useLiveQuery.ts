// A Dexie liveQuery as a Solid signal: the view updates whenever the tables change.
import { liveQuery } from 'dexie';
import { type Accessor, createSignal, onCleanup } from 'solid-js';

export function useLiveQuery<T>(query: () => T | Promise<T>, initial: T): Accessor<T> {
  const [value, setValue] = createSignal<T>(initial);
  const subscription = liveQuery(query).subscribe({
    next: (next) => setValue(() => next),
    error: (error) => console.error(error),
  });
  onCleanup(() => subscription.unsubscribe());
  return value;
}
