// Admitting someone who stands in front of the coordinator, without the lobby: the two
// devices pair (src/sync/pairingHandshake.ts: a check code both people compare), then
//
//   newcomer → coordinator:  { kind: "join", entry, proof }     the newcomer's signed join
//   coordinator → newcomer:  { kind: "admitted", entries }      that join and the admit
//
//   proof = Ed25519 signature by the join's author over
//           DAG-CBOR ["buurtruil in-person join v3", net, check code]
//
// The proof binds the join to this link: the device in front of the coordinator holds the
// join's key (a stranger cannot hand over someone else's join copied from the lobby). Every
// entry is checked as any entry from a peer is (signature, network, rules); the link only
// carries them past a flooded lobby. Read as strictly as an entry: a peer's bytes.
import { sign, signatureLength, verify } from './crypto/signatures.ts';
import { decodeCanonical, encodeCanonical } from './encoding/canonical.ts';
import { maxEntryBytes } from './entry/Entry.ts';
import { bytes, list, oneOf, record } from './entry/shape.ts';
import type { Identity } from './Identity.ts';

const entryBytes = bytes([1, maxEntryBytes]);
const readJoinMessage = record({ kind: oneOf('join'), entry: entryBytes, proof: bytes(signatureLength) });
const readAdmittedMessage = record({ kind: oneOf('admitted'), entries: list(entryBytes, 2) });

function proofMessage(net: Uint8Array, checkCode: string): Uint8Array {
  return encodeCanonical(['buurtruil in-person join v3', net, checkCode]);
}

export function encodeInPersonJoin(entry: Uint8Array, identity: Identity, net: Uint8Array, checkCode: string) {
  return encodeCanonical({
    kind: 'join',
    entry,
    proof: sign(proofMessage(net, checkCode), identity.signing.secretKey),
  });
}

export interface HandedJoinMessage {
  entry: Uint8Array;
  proof: Uint8Array;
}

/** The join entry's bytes and the proof, or null for anything else. */
export function readInPersonJoin(message: Uint8Array): HandedJoinMessage | null {
  try {
    const { entry, proof } = readJoinMessage(decodeCanonical(message), 'in-person');
    return { entry, proof };
  } catch {
    return null;
  }
}

/** Did the join's author sign this link's check code? */
export function provesLink(proof: Uint8Array, author: Uint8Array, net: Uint8Array, checkCode: string) {
  return verify(proof, proofMessage(net, checkCode), author);
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
