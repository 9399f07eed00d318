// A device's next entry (docs/protocol.md §3.1): signed as the next in its author's chain,
// after its last authentic entry, never dated before it; an authority entry names the
// authority entries this device has seen.
import { idFromText } from './encoding/base64url.ts';
import { authorityTypes, type Bodies, type EntryType } from './entry/bodies.ts';
import { type SignedEntry, signEntry } from './entry/Entry.ts';
import type { Identity } from './Identity.ts';

/** A body as a writer gives it: `seen` is filled in by the ledger. */
export type BodyInput<T extends EntryType> = Omit<Bodies[T], 'seen'>;

/** Authority entries name at most this many others as seen. */
const seenLimit = 16;

export interface ChainEnd {
  /** The author's last authentic entry, if any: its seq, id and claimed time. */
  last: { seq: number; id: string; time: number } | undefined;
  /** The authority heads of the state now. */
  authorityHeads: readonly string[];
}

export function nextEntry<T extends EntryType>(
  identity: Identity,
  net: Uint8Array,
  type: T,
  input: BodyInput<T>,
  { last, authorityHeads }: ChainEnd,
  { time, via }: { time: number; via: Uint8Array | null },
): SignedEntry {
  const needsSeen = authorityTypes.has(type) && type !== 'genesis' && type !== 'join';
  const seen = authorityHeads.slice(-seenLimit).map(idFromText);
  const body = (needsSeen ? { ...input, seen } : input) as Bodies[T];
  return signEntry(identity, {
    net: type === 'genesis' ? null : net,
    type,
    seq: (last?.seq ?? 0) + 1,
    prev: last ? idFromText(last.id) : null,
    // Never before this device's last entry: a member's own entries are ordered by time.
    time: Math.max(time, last?.time ?? 0),
    via,
    body,
  });
}
