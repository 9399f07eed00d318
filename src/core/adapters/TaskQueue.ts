// One task after another: the entry logs of a room's docs share one (Room.ts), so the
// ledger they feed never reads two batches at once. A task that fails is logged, and the
// queue goes on.
export class TaskQueue {
  private tail: Promise<void> = Promise.resolve();

  /** Runs `task` after every task queued before it; settles when it has run. */
  run(task: () => Promise<unknown>): Promise<void> {
    const next = this.tail.then(task).then(
      () => undefined,
      (error: unknown) => {
        console.error(error);
      },
    );
    this.tail = next;
    return next;
  }
}
