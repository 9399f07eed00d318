// What a network counts across a link, as a `link-statement` says it, and the mirror check
// (docs/protocol-links.md §4): the peer's statement mirrors ours when it counts the same
// records (same count and digest) and its sum is the opposite of ours.
//
// Rule decided here (for docs/protocol-links.md): digest = SHA-256 of the counted records'
// ids (20 bytes each), sorted by their bytes and concatenated.
import { hash } from '../crypto/hash.ts';
import { idFromText } from '../encoding/base64url.ts';
import { equalBytes } from '../encoding/canonical.ts';
import type { EntryIdText } from '../state/NetworkState.ts';
import type { Link, LinkMirror, LinkTotals } from './LinkState.ts';
import { compareBytes } from './linkId.ts';

/** The digest of a set of record ids: SHA-256 of the ids, sorted by their bytes, one after another. */
export function recordsDigest(ids: Iterable<EntryIdText>): Uint8Array {
  const sorted = [...ids].map(idFromText).sort(compareBytes);
  const all = new Uint8Array(sorted.reduce((length, id) => length + id.length, 0));
  let at = 0;
  for (const id of sorted) {
    all.set(id, at);
    at += id.length;
  }
  return hash(all);
}

/** What this network counts across the link now: what its kiosk writes in a `link-statement`. */
export function linkTotals(link: Link): LinkTotals {
  const ids: EntryIdText[] = [];
  let sum = 0;
  for (const record of link.records.values()) {
    if (!record.counted) continue;
    ids.push(record.id);
    sum += record.direction === 'out' ? record.minutes : -record.minutes;
  }
  ids.sort();
  return { count: ids.length, sum, digest: recordsDigest(ids), ids };
}

/** The peer's latest statement against what we count now; null while the peer wrote none. */
export function mirrorOf(link: Link, ownRefused: readonly EntryIdText[]): LinkMirror | null {
  const theirs = link.statements.peer;
  if (!theirs) return null;
  const ours = linkTotals(link);
  const mirrors = theirs.count === ours.count && theirs.sum === -ours.sum && equalBytes(theirs.digest, ours.digest);
  const oneSided = [...link.records.values()]
    .filter((record) => !record.counted && (record.attested.own !== null) !== (record.attested.peer !== null))
    .map((record) => record.id);
  const suspect = [...new Set([...oneSided, ...ownRefused])].sort();
  return { theirs, ours, mirrors, suspect };
}
