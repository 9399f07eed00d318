// Verifying entries on every core: a small pool of Web Workers (src/data/session/verifyWorker.ts)
// hashes and decodes entries and checks the signatures of chain heads, so a year of entries
// arriving on a new device leaves the page responsive. Where workers cannot start (an old
// browser, a strict policy), the checks run in the page as before.
import {
  type EntryVerifier,
  type SignatureCheck,
  type Verdict,
  verifyInThread,
} from '../../core/entry/EntryVerifier.ts';
import type { VerifyJob } from './verifyWorker.ts';

/** Below this many entries, messaging a worker costs more than it saves. */
const smallBatch = 64;
/** Signatures are about 50 times the work of hashing an entry: a few are worth a worker. */
const smallSignatureBatch = 4;
/**
 * A job a worker has not answered by now is done on the page. A worker can stop without an
 * `error` event (an unhandled rejection in it, a worker the browser killed): the job would
 * never be answered, and the room's task queue, with every entry after it, would wait for good.
 * A year's batch takes a worker well under a second.
 */
export const workerJobGivenUpMs = 30_000;

export function workerVerifier(
  threads = Math.max(1, Math.min(4, globalThis.navigator?.hardwareConcurrency ?? 2)),
): EntryVerifier {
  let workers: Worker[] | null = null;
  let failed = false;
  let nextJob = 0;
  const waiting = new Map<number, (answer: unknown[] | null) => void>();
  const asked: Record<VerifyJob['kind'], { calls: number; items: number; ms: number; first: number | null }> = {
    check: { calls: 0, items: 0, ms: 0, first: null },
    signatures: { calls: 0, items: 0, ms: 0, first: null },
  };
  const start = (): Worker[] | null => {
    if (workers || failed) return workers;
    try {
      workers = Array.from({ length: threads }, () => {
        const worker = new Worker(new URL('./verifyWorker.ts', import.meta.url), { type: 'module' });
        worker.onmessage = (event: MessageEvent<{ job: number; answer: unknown[] }>) => {
          waiting.get(event.data.job)?.(event.data.answer);
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
  /** Shares `batch` among the pool; a slice a worker could not do is done on the page. */
  const spread = async <I, A>(
    batch: readonly I[],
    small: number,
    job: (slice: I[]) => Omit<VerifyJob, 'job'>,
    inPage: (slice: I[]) => Promise<A[]>,
  ): Promise<A[]> => {
    const pool = batch.length >= small ? start() : null;
    if (!pool || failed) return inPage([...batch]);
    const began = performance.now();
    const share = Math.ceil(batch.length / pool.length);
    const parts = pool.map(async (worker, i) => {
      const slice = batch.slice(i * share, (i + 1) * share);
      if (slice.length === 0) return [] as A[];
      const id = nextJob++;
      const answer = await new Promise<unknown[] | null>((resolve) => {
        const givenUp = setTimeout(() => {
          if (waiting.delete(id)) resolve(null);
        }, workerJobGivenUpMs);
        waiting.set(id, (answer) => {
          clearTimeout(givenUp);
          resolve(answer);
        });
        worker.postMessage({ job: id, ...job(slice) });
      });
      return (answer as A[] | null) ?? inPage(slice);
    });
    const answers = (await Promise.all(parts)).flat();
    // For the benches: how much the workers were asked, and how long the page waited, so far
    // (partNewDevice.ts). One mark of each kind, replaced: a page open for weeks keeps no list.
    const kind = job([]).kind;
    const sum = asked[kind];
    sum.calls++;
    sum.items += batch.length;
    sum.ms += performance.now() - began;
    sum.first ??= began;
    performance.clearMarks(`buurtruil:workers-${kind}`);
    performance.mark(`buurtruil:workers-${kind}`, { detail: { ...sum } });
    return answers;
  };
  return {
    check(net, batch) {
      return spread<readonly [string, unknown], Verdict>(
        batch,
        smallBatch,
        (slice) => ({ kind: 'check', net, batch: slice }),
        (slice) => verifyInThread.check(net, slice),
      );
    },
    signatures(batch) {
      return spread<SignatureCheck, boolean>(
        batch,
        smallSignatureBatch,
        (slice) => ({ kind: 'signatures', batch: slice }),
        (slice) => verifyInThread.signatures(slice),
      );
    },
  };
}
