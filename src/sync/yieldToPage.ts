// Gives the page a turn (input, rendering) in the middle of long work, and comes back as
// soon as it has had it: scheduler.yield() where the browser has it; else a message to
// ourselves, which is not slowed down the way nested timers are (to 4 ms each).
interface Scheduler {
  yield(): Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * How long work runs before the page gets a turn, in ms: well under the 50 ms of a long
 * task, by the clock rather than by a count of entries, so a slow or busy phone (where a
 * count's worth of work takes four times as long) still gives the page its turns.
 */
export const sliceMs = 8;
let sliceStarted = 0;

/**
 * yieldToPage once `sliceMs` have passed since the page's last turn given here; at once
 * otherwise. Long loops call it often (every few entries): then it costs a clock read.
 */
export function yieldWhenDue(): Promise<void> {
  if (performance.now() - sliceStarted < sliceMs) return Promise.resolve();
  return yieldToPage().then(() => {
    sliceStarted = performance.now();
  });
}
