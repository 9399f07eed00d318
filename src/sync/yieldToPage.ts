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
