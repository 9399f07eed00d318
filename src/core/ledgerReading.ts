// How the Ledger reads arriving entries into authentic ones (§3.5, Ledger.add): steps 1–6 in
// batches checked a few ahead, then one signature per chain head (chainAuthenticity.ts).
import { authenticate } from './entry/chainAuthenticity.ts';
import { type EntryVerifier, signatureCheckOf, type Verdict } from './entry/EntryVerifier.ts';
import { checkEntry, type EntryProblem } from './entry/readEntry.ts';
import { authorOf } from './state/entryTexts.ts';
import type { EntryIdText, VerifiedEntry } from './state/NetworkState.ts';

/** How many entries are checked at once: bounds the memory a large batch holds in flight. */
const readBatch = 1024;
/** How many batches are being checked while this thread reads the one before. */
const batchesAhead = 3;
/** The page may get a turn after reading this many entries' fields (well under 1 ms of work). */
export const sliceEntries = 16;

export interface ReadingOptions {
  net: Uint8Array;
  verifier: EntryVerifier;
  /** Called every few entries: a page yields to the browser here when its slice of time is up. */
  pause: () => Promise<void>;
  /** They come from this device's own verified copy: their id and signature were checked when they first arrived. */
  trusted: boolean;
  /** Does the ledger hold this entry already? Asked as each is read: another add may keep entries meanwhile. */
  held(id: EntryIdText): boolean;
  /** An entry refused on its own: not authentic, malformed, oversized. */
  refuse(id: EntryIdText, problem: EntryProblem, detail: string): void;
}

type Read = VerifiedEntry & { bytes: Uint8Array };

/**
 * The records not held yet that are authentic: read (each once) and verified, then their
 * signatures checked (trusted ones are taken as read); those that fail go to `refuse`.
 * `signatures`: how many signatures were checked.
 */
export async function readAuthentic(
  records: Iterable<readonly [EntryIdText, unknown]>,
  options: ReadingOptions & {
    /** Whether an authentic entry held already vouches for this one (ledgerPlacing.ts). */
    vouchedBefore(item: Read): boolean;
  },
): Promise<{ authentic: Read[]; signatures: number }> {
  const read = await readRecords(records, options);
  if (options.trusted) return { authentic: read, signatures: 0 };
  // Entries that passed steps 1–6 are authentic when their signature verifies or an
  // authentic child vouches for them (§3.5): one signature per chain head.
  const { authentic, forged, signatures, parents } = await authenticate(read, {
    vouchedBefore: options.vouchedBefore,
    verify: (heads) => options.verifier.signatures(heads.map((head) => signatureCheckOf(head.entry, head.bytes))),
    authorKey: authorOf,
    pause: options.pause,
  });
  // Each entry's parent, found once: carried for the chains (an authentic entry's parent is authentic).
  for (let i = 0; i < read.length; i++) (read[i] as Read).parentEntry = parents[i];
  for (const item of forged) options.refuse(item.idText, 'bad-signature', 'signature does not match');
  return { authentic, signatures };
}

/** The records not held yet, read (each once) and verified; those that fail go to `refuse`. */
async function readRecords(
  records: Iterable<readonly [EntryIdText, unknown]>,
  { net, verifier, pause, trusted, held, refuse }: ReadingOptions,
): Promise<Read[]> {
  const read: Read[] = [];
  // Batches are checked ahead (a few at once, so a pool of workers verifies the next
  // while this thread reads the fields of the last), and taken in order.
  const checking: { batch: (readonly [EntryIdText, unknown])[]; verdicts: Promise<Verdict[] | null> }[] = [];
  let batch: (readonly [EntryIdText, unknown])[] = [];
  const check = () => {
    checking.push({ batch, verdicts: trusted ? Promise.resolve(null) : verifier.check(net, batch) });
    batch = [];
  };
  const take = async (): Promise<void> => {
    const { batch: taken, verdicts: checked } = checking.shift() as (typeof checking)[number];
    const verdicts = await checked;
    for (let i = 0; i < taken.length; i++) {
      const [id, data] = taken[i] as readonly [EntryIdText, unknown];
      const verdict = verdicts?.[i] ?? { ok: true };
      // Verified in full (here, or by the verifier): now only its fields are read.
      const result = verdict.ok ? (verdict.read ?? checkEntry(net, id, data, { trusted: true })) : verdict;
      if (result.ok) {
        if (held(result.idText)) continue;
        const { idText, entry, bytes, authorText } = result;
        read.push({ idText, entry, bytes, authorText, parentText: undefined, parentEntry: undefined, place: -1 });
      } else refuse(id, result.problem, result.detail);
      if ((i + 1) % sliceEntries === 0) await pause();
    }
    await pause();
  };
  const seen = new Set<EntryIdText>();
  for (const record of records) {
    if (held(record[0])) continue;
    // An id twice among the records is read once (added and counted: one look-up, not two).
    const before = seen.size;
    if (seen.add(record[0]).size === before) continue;
    batch.push(record);
    if (batch.length >= readBatch) {
      check();
      // Handing a batch to the verifier costs the page too (a copy to a worker): a turn now and then.
      if (checking.length >= batchesAhead) await take();
      else await pause();
    }
  }
  if (batch.length) check();
  while (checking.length) await take();
  return read;
}
