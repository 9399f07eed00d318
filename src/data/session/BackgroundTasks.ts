// The session's own timers and reactions that run beside it: close() stops them all, so
// nothing runs on a closed database, and a failure after closing is nobody's concern.

/** A timer due within this long counts as work still coming (idle); a day's timer does not. */
const soonMs = 10_000;

export class BackgroundTasks {
  private readonly timers = new Map<ReturnType<typeof setTimeout>, number>();
  private stopped = false;
  private running = 0;
  private waiters: (() => void)[] = [];

  /** Runs a reaction to a change without holding the change up. */
  run(task: Promise<unknown>): void {
    this.running++;
    task
      .catch((error: unknown) => {
        if (!this.stopped) console.error(error);
      })
      .finally(() => {
        this.running--;
        this.wake();
      });
  }

  /** A timer that stop() clears. */
  later(task: () => void, ms: number): void {
    // performance.now: tests move Date by months; a timer's due time must not move with it.
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      task();
      this.wake();
    }, ms);
    this.timers.set(timer, performance.now() + ms);
  }

  /**
   * Settles once no reaction is going and no timer is due within seconds: what a test waits
   * on before it says something did not happen.
   */
  idle(): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      this.wake();
    });
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.keys()) clearTimeout(timer);
    this.timers.clear();
    this.wake();
  }

  private wake(): void {
    // After every microtask a finished reaction queued (one may start the next): a macrotask.
    setTimeout(() => {
      const soon = performance.now() + soonMs;
      const due = [...this.timers.values()].some((at) => at <= soon);
      if (this.running > 0 || (due && !this.stopped)) return;
      for (const resolve of this.waiters.splice(0)) resolve();
    }, 0);
  }
}
