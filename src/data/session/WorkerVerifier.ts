// Verifying entries on every core: a small pool of Web Workers (src/data/session/verifyWorker.ts)
// checks ids, canonical form and signatures, so a year of entries arriving on a new device
// leaves the page responsive. Where workers cannot start (an old browser, a strict
// policy), the checks run in the page as before.
import { type EntryVerifier, type Verdict, verifyInThread } from '../../core/entry/EntryVerifier.ts';

/** Below this many entries, messaging a worker costs more than it saves. */
const smallBatch = 64;

export function workerVerifier(
  threads = Math.max(1, Math.min(4, globalThis.navigator?.hardwareConcurrency ?? 2)),
): EntryVerifier {
  let workers: Worker[] | null = null;
  let failed = false;
  let nextJob = 0;
  const waiting = new Map<number, (verdicts: Verdict[] | null) => void>();
  const start = (): Worker[] | null => {
    if (workers || failed) return workers;
    try {
      workers = Array.from({ length: threads }, () => {
        const worker = new Worker(new URL('./verifyWorker.ts', import.meta.url), { type: 'module' });
        worker.onmessage = (event: MessageEvent<{ job: number; verdicts: Verdict[] }>) => {
          waiting.get(event.data.job)?.(event.data.verdicts);
          waiting.delete(event.data.job);
        };
        worker.onerror = () => {
          // A worker that cannot run: answer what it owed from the page, and stop using workers.
          failed = true;
          for (const [job, resolve] of waiting) {
            resolve(null);
            waiting.delete(job);
          }
        };
        return worker;
      });
    } catch (error) {
      // No workers here (a policy, an old browser): the page verifies by itself.
      console.warn('verifying workers did not start, verifying on the page:', error);
      failed = true;
      workers = null;
    }
    return workers;
  };
  return {
    async check(net, batch) {
      const pool = batch.length >= smallBatch ? start() : null;
      if (!pool || failed) return verifyInThread.check(net, batch);
      const share = Math.ceil(batch.length / pool.length);
      const parts = pool.map(async (worker, i) => {
        const slice = batch.slice(i * share, (i + 1) * share);
        if (slice.length === 0) return [] as Verdict[];
        const job = nextJob++;
        const verdicts = await new Promise<Verdict[] | null>((resolve) => {
          waiting.set(job, resolve);
          worker.postMessage({ job, net, batch: slice });
        });
        return verdicts ?? verifyInThread.check(net, slice);
      });
      return (await Promise.all(parts)).flat();
    },
  };
}
