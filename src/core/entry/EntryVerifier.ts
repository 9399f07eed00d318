// The costly part of reading an entry — its id's hash, its signature, the proof that its
// payload is the one canonical form — behind an interface, so a device can spread it
// over its cores (Web Workers in the browser, worker threads in Node) while the rules stay
// where they are. A verifier answers, for each entry, whether it is authentic; the ledger
// then reads the fields of those that are, without checking them again.
import { type EntryProblem, type ReadResult, readEntry } from './readEntry.ts';

export type Verdict =
  /** `read`: the entry as read, when it was checked in this thread (so it need not be read again). */
  { ok: true; read?: Extract<ReadResult, { ok: true }> } | { ok: false; problem: EntryProblem; detail: string };

export interface EntryVerifier {
  /** Checks each [claimed id, bytes] of network `net` in full (readEntry's steps 1–7). */
  check(net: Uint8Array, batch: readonly (readonly [string, unknown])[]): Promise<Verdict[]>;
}

/** Checks in this thread, one entry after another (WebCrypto still verifies in parallel). */
export const verifyInThread: EntryVerifier = {
  async check(net, batch) {
    const results = await Promise.all(batch.map(([id, data]) => readEntry(net, id, data)));
    return results.map((result) =>
      result.ok ? { ok: true, read: result } : { ok: false, problem: result.problem, detail: result.detail },
    );
  },
};

/** Verdicts without what was read: what a worker sends back (small to copy). */
export function verdictsOnly(verdicts: readonly Verdict[]): Verdict[] {
  return verdicts.map((verdict) => (verdict.ok ? { ok: true } : verdict));
}
