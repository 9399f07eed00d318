// An EntryVerifier on Node worker threads: the bench's "verify in parallel" on all cores,
// the same checks as in the browser's Web Workers (src/data/session/WorkerVerifier.ts).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EntryVerifier, Verdict } from '../src/core/entry/EntryVerifier.ts';

export interface ThreadVerifier extends EntryVerifier {
  close(): Promise<void>;
}

export function threadVerifier(threads = availableParallelism()): ThreadVerifier {
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./verifyThread.ts', import.meta.url)));
  let nextJob = 0;
  const waiting = new Map<number, (verdicts: Verdict[]) => void>();
  for (const worker of workers) {
    worker.on('message', ({ job, verdicts }: { job: number; verdicts: Verdict[] }) => {
      waiting.get(job)?.(verdicts);
      waiting.delete(job);
    });
  }
  return {
    async check(net, batch) {
      const share = Math.ceil(batch.length / workers.length);
      const parts = workers.map((worker, i) => {
        const slice = batch.slice(i * share, (i + 1) * share);
        if (slice.length === 0) return Promise.resolve([] as Verdict[]);
        const job = nextJob++;
        return new Promise<Verdict[]>((resolve) => {
          waiting.set(job, resolve);
          worker.postMessage({ job, net, batch: slice });
        });
      });
      return (await Promise.all(parts)).flat();
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
