// One worker thread of bench/threadVerifier.ts: hashes and decodes entries (steps 1–6) or
// checks chain heads' signatures, and answers verdicts.
import { parentPort } from 'node:worker_threads';
import { type SignatureCheck, verdictsOnly, verifyInThread } from '../src/core/entry/EntryVerifier.ts';
import { useNodeSha256 } from './nodeSha256.ts';

// Hashes with node:crypto, as the main thread does (bench/nodeSha256.ts).
useNodeSha256();

type Job =
  | { job: number; kind: 'check'; net: Uint8Array; batch: [string, Uint8Array][] }
  | { job: number; kind: 'signatures'; batch: SignatureCheck[] };

parentPort?.on('message', async (job: Job) => {
  const answer =
    job.kind === 'check'
      ? verdictsOnly(await verifyInThread.check(job.net, job.batch))
      : await verifyInThread.signatures(job.batch);
  parentPort?.postMessage({ job: job.job, answer });
});
