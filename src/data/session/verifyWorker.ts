// A Web Worker of src/data/session/WorkerVerifier.ts: checks entries in full off the page's main
// thread and answers only verdicts (small to send back).
import { verdictsOnly, verifyInThread } from '../../core/entry/EntryVerifier.ts';

interface Job {
  job: number;
  net: Uint8Array;
  batch: [string, unknown][];
}

self.onmessage = async (event: MessageEvent<Job>) => {
  const { job, net, batch } = event.data;
  self.postMessage({ job, verdicts: verdictsOnly(await verifyInThread.check(net, batch)) });
};
