// The envelope every entry shares, how it is signed and how its id is made.
//
//   unsigned = { v: 1, net, type, author, seq, prev, time, body }
//   sig      = Ed25519(author's secret key, DAG-CBOR(unsigned))
//   bytes    = DAG-CBOR({ v, type, author, seq, prev, time, body, sig })
//              (what travels and is stored: without net, which every reader knows from
//              the network it is reading; the signature still covers it, so an entry
//              copied into another network does not verify there)
//   id       = SHA-256(bytes)                          (the key it is stored under)

import { hash } from '../crypto/hash.ts';
import { sign } from '../crypto/signatures.ts';
import { encodeCanonical } from '../encoding/canonical.ts';
import type { Identity } from '../Identity.ts';
import type { Bodies, EntryType } from './bodies.ts';

export const protocolVersion = 1;
/** No entry is larger than this; a larger one is refused before it is even decoded. */
export const maxEntryBytes = 16 * 1024;

export interface UnsignedEntry<T extends EntryType = EntryType> {
  v: typeof protocolVersion;
  /** The network's id (the genesis entry's id); null only in the genesis entry itself. */
  net: Uint8Array | null;
  type: T;
  /** The author's Ed25519 public key. */
  author: Uint8Array;
  /** 1 for the author's first entry in this network, then 2, 3, ... */
  seq: number;
  /** The id of the author's entry with seq - 1; null when seq is 1. */
  prev: Uint8Array | null;
  /** When it was written, by the author's clock: ms since 1970. */
  time: number;
  body: Bodies[T];
}

export type Entry<T extends EntryType = EntryType> = UnsignedEntry<T> & { sig: Uint8Array };

export type AnyEntry = { [T in EntryType]: Entry<T> }[EntryType];

export interface SignedEntry {
  id: Uint8Array;
  bytes: Uint8Array;
  entry: Entry;
}

export function signedBytesOf(entry: UnsignedEntry): Uint8Array {
  const { v, net, type, author, seq, prev, time, body } = entry;
  return encodeCanonical({ v, net, type, author, seq, prev, time, body });
}

export function entryId(bytes: Uint8Array): Uint8Array {
  return hash(bytes);
}

/** Writes an entry: the caller says what; this says who, where in the chain, and signs. */
export function signEntry<T extends EntryType>(
  identity: Identity,
  fields: { net: Uint8Array | null; type: T; seq: number; prev: Uint8Array | null; time: number; body: Bodies[T] },
): SignedEntry {
  const unsigned: UnsignedEntry<T> = { v: protocolVersion, author: identity.signing.publicKey, ...fields };
  const sig = sign(signedBytesOf(unsigned), identity.signing.secretKey);
  const entry = { ...unsigned, sig } as Entry;
  const bytes = wireBytesOf(entry);
  return { id: entryId(bytes), bytes, entry };
}

export function wireBytesOf(entry: Entry): Uint8Array {
  const { v, type, author, seq, prev, time, body, sig } = entry;
  return encodeCanonical({ v, type, author, seq, prev, time, body, sig });
}
