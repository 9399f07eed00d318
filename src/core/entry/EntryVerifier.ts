// The costly part of reading an entry — its id's hash, the proof that its payload is the
// one canonical form, and the signatures of chain heads — behind an interface, so a device
// can spread it over its cores (Web Workers in the browser, worker threads in Node) while
// the rules stay where they are. The ledger decides which signatures are needed at all
// (§3.5: one per chain head, chainAuthenticity.ts); the verifier only does the work.
import type { Entry } from './Entry.ts';
import { checkEntry, type EntryProblem, type ReadResult, signatureVerifies } from './readEntry.ts';

export type Verdict =
  /** `read`: the entry as read, when it was checked in this thread (so it need not be read again). */
  { ok: true; read?: Extract<ReadResult, { ok: true }> } | { ok: false; problem: EntryProblem; detail: string };

/** What checking one signature needs: the wire bytes, who signed, and in which network. */
export interface SignatureCheck {
  wire: Uint8Array;
  author: Uint8Array;
  /** null for a genesis entry (signed before its network had an id). */
  net: Uint8Array | null;
}

export interface EntryVerifier {
  /** Checks each [claimed id, bytes] of network `net` by steps 1–6 of §3.2: all but the signature. */
  check(net: Uint8Array, batch: readonly (readonly [string, unknown])[]): Promise<Verdict[]>;
  /** Step 7 for entries that passed steps 1–6: whether each one's own signature verifies. */
  signatures(batch: readonly SignatureCheck[]): Promise<boolean[]>;
}

/** Checks in this thread, one entry after another (WebCrypto still verifies in parallel). */
export const verifyInThread: EntryVerifier = {
  async check(net, batch) {
    return batch.map(([id, data]) => {
      const result = checkEntry(net, id, data);
      return result.ok ? { ok: true, read: result } : { ok: false, problem: result.problem, detail: result.detail };
    });
  },
  signatures(batch) {
    return Promise.all(batch.map(({ wire, author, net }) => signatureVerifies({ author, net }, wire)));
  },
};

/** What a signature check of this entry needs. */
export function signatureCheckOf(entry: Pick<Entry, 'author' | 'net'>, wire: Uint8Array): SignatureCheck {
  return { wire, author: entry.author, net: entry.net };
}

/** Verdicts without what was read: what a worker sends back (small to copy). */
export function verdictsOnly(verdicts: readonly Verdict[]): Verdict[] {
  return verdicts.map((verdict) => (verdict.ok ? { ok: true } : verdict));
}
