// A Web Worker of src/data/session/WorkerVerifier.ts: hashes, decodes and checks entries
// (steps 1–6), or checks the signatures of chain heads, off the page's main thread, and
// answers only verdicts (small to send back).
import { type SignatureCheck, verdictsOnly, verifyInThread } from '../../core/entry/EntryVerifier.ts';

export type VerifyJob =
  | { job: number; kind: 'check'; net: Uint8Array; batch: (readonly [string, unknown])[] }
  | { job: number; kind: 'signatures'; batch: SignatureCheck[] };

/** The answer to a job: what verifyInThread would answer for it, without what was read. */
async function answerJob(job: VerifyJob): Promise<unknown[]> {
  return job.kind === 'check'
    ? verdictsOnly(await verifyInThread.check(job.net, job.batch))
    : verifyInThread.signatures(job.batch);
}

// (The page imports only this file's types.)
self.onmessage = async (event: MessageEvent<VerifyJob>) => {
  self.postMessage({ job: event.data.job, answer: await answerJob(event.data) });
};
