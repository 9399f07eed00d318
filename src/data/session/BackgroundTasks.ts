// The session's own timers and reactions that run beside it: close() stops them all, so
// nothing runs on a closed database, and a failure after closing is nobody's concern.
export class BackgroundTasks {
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private stopped = false;

  /** Runs a reaction to a change without holding the change up. */
  run(task: Promise<unknown>): void {
    task.catch((error: unknown) => {
      if (!this.stopped) console.error(error);
    });
  }

  /** A timer that stop() clears. */
  later(task: () => void, ms: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      task();
    }, ms);
    this.timers.add(timer);
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
  }
}
