// An EntryVerifier on Node worker threads: the bench's "verify in parallel" on all cores,
// the same checks as in the browser's Web Workers (src/data/session/WorkerVerifier.ts).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EntryVerifier, SignatureCheck, Verdict } from '../src/core/entry/EntryVerifier.ts';

export interface ThreadVerifier extends EntryVerifier {
  close(): Promise<void>;
}

export function threadVerifier(threads = availableParallelism()): ThreadVerifier {
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./verifyThread.ts', import.meta.url)));
  let nextJob = 0;
  const waiting = new Map<number, (answer: unknown[]) => void>();
  for (const worker of workers) {
    worker.on('message', ({ job, answer }: { job: number; answer: unknown[] }) => {
      waiting.get(job)?.(answer);
      waiting.delete(job);
    });
  }
  const spread = async <I, A>(batch: readonly I[], job: (slice: I[]) => object): Promise<A[]> => {
    const share = Math.ceil(batch.length / workers.length);
    const parts = workers.map((worker, i) => {
      const slice = batch.slice(i * share, (i + 1) * share);
      if (slice.length === 0) return Promise.resolve([] as A[]);
      const id = nextJob++;
      return new Promise<A[]>((resolve) => {
        waiting.set(id, resolve as (answer: unknown[]) => void);
        worker.postMessage({ job: id, ...job(slice) });
      });
    });
    return (await Promise.all(parts)).flat();
  };
  return {
    check: (net, batch) =>
      spread<readonly [string, unknown], Verdict>(batch, (slice) => ({ kind: 'check', net, batch: slice })),
    signatures: (batch) => spread<SignatureCheck, boolean>(batch, (slice) => ({ kind: 'signatures', batch: slice })),
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
