// Admitting someone who stands in front of the coordinator, without the lobby: the two
// devices pair (src/sync/pairingHandshake.ts: a check code both people compare), then
//
//   newcomer → coordinator:  { kind: "join", entry }            the newcomer's signed join
//   coordinator → newcomer:  { kind: "admitted", entries }      that join and the admit
//
// Every entry is checked as any entry from a peer is (signature, network, rules); the link
// only carries them past a flooded lobby. Read as strictly as an entry: a peer's bytes.
import { decodeCanonical, encodeCanonical } from './encoding/canonical.ts';
import { maxEntryBytes } from './entry/Entry.ts';
import { bytes, list, oneOf, record } from './entry/shape.ts';

const entryBytes = bytes([1, maxEntryBytes]);
const readJoinMessage = record({ kind: oneOf('join'), entry: entryBytes });
const readAdmittedMessage = record({ kind: oneOf('admitted'), entries: list(entryBytes, 2) });

export function encodeInPersonJoin(entry: Uint8Array): Uint8Array {
  return encodeCanonical({ kind: 'join', entry });
}

/** The join entry's bytes, or null for anything else. */
export function readInPersonJoin(message: Uint8Array): Uint8Array | null {
  try {
    return readJoinMessage(decodeCanonical(message), 'in-person').entry;
  } catch {
    return null;
  }
}

export function encodeInPersonAdmitted(entries: Uint8Array[]): Uint8Array {
  return encodeCanonical({ kind: 'admitted', entries });
}

/** The entries (the join and its admit), or null for anything else. */
export function readInPersonAdmitted(message: Uint8Array): Uint8Array[] | null {
  try {
    return readAdmittedMessage(decodeCanonical(message), 'in-person').entries;
  } catch {
    return null;
  }
}
