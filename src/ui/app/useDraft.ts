// A form's values kept in IndexedDB as they are typed, so a reload (or a flat battery)
// loses nothing. Cleared when the form is sent.
import { createSignal, onMount } from 'solid-js';
import { deviceDatabase } from '../../data/devices/index.ts';
import { logFailure } from './logFailure.ts';

export function useDraft<T extends Record<string, unknown>>(key: string, initial: T) {
  const [value, setValue] = createSignal<T>(initial);
  const [restored, setRestored] = createSignal(false);
  onMount(async () => {
    const draft = await deviceDatabase.drafts.get(key).catch(logFailure('reading a draft failed', undefined));
    if (draft) setValue(() => ({ ...initial, ...(draft.value as Partial<T>) }));
    setRestored(true);
  });
  const update = (change: Partial<T>) => {
    const next = { ...value(), ...change };
    setValue(() => next);
    // A full disk must not stop typing: the draft then lives on screen only.
    void deviceDatabase.drafts
      .put({ key, value: next, updated: Date.now() })
      .catch(logFailure('keeping a draft failed', undefined));
  };
  const clear = () => deviceDatabase.drafts.delete(key).catch(logFailure('removing a draft failed', undefined));
  return { value, update, clear, restored };
}
