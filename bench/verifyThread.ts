// One worker thread of bench/threadVerifier.ts: checks entries in full, answers verdicts.
import { parentPort } from 'node:worker_threads';
import { verdictsOnly, verifyInThread } from '../src/core/entry/EntryVerifier.ts';

parentPort?.on(
  'message',
  async ({ job, net, batch }: { job: number; net: Uint8Array; batch: [string, Uint8Array][] }) => {
    parentPort?.postMessage({ job, verdicts: verdictsOnly(await verifyInThread.check(net, batch)) });
  },
);
