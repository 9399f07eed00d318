// The envelope every entry shares, how it is signed and how its id is made (protocol v2).
//
//   payload = DAG-CBOR [2, type, author, seq, prev, time, via, body]
//   sig     = Ed25519(author's secret key, domain(net) || payload)
//   wire    = sig || payload                  (what travels and is stored)
//   id      = SHA-256(wire), first 20 bytes   (the key it is stored under)
//   domain(net) = DAG-CBOR ["buurtruil entry v2", net]   (net: null in the genesis)
//
// The signature covers the payload's bytes exactly as they travel, so there is one wire
// form per signed record: a reader checks that the payload is the canonical encoding of
// the fields it read, and anything else fails. `net` is signed but not sent: an entry
// copied into another network does not verify there.

import { hash } from '../crypto/hash.ts';
import { sign, signatureLength } from '../crypto/signatures.ts';
import { encodeCanonical } from '../encoding/canonical.ts';
import type { Identity } from '../Identity.ts';
import type { Bodies, EntryType } from './bodies.ts';

export const protocolVersion = 2;
/** No entry is larger than this; a larger one is refused before it is even decoded. */
export const maxEntryBytes = 16 * 1024;
/** Entry ids (and so the network id) are the first 20 bytes of SHA-256. */
export const idLength = 20;

export interface EntryFields<T extends EntryType = EntryType> {
  type: T;
  /** The author's Ed25519 public key: a member's device (or card). */
  author: Uint8Array;
  /** 1 for the author's first entry in this network, then 2, 3, ... */
  seq: number;
  /** The id of the author's entry with seq - 1; null when seq is 1. */
  prev: Uint8Array | null;
  /** When it was written, by the author's clock: ms since 1970. Never decides authority. */
  time: number;
  /** The device that helped write it (a kiosk, a coordinator's laptop), or null. */
  via: Uint8Array | null;
  body: Bodies[T];
}

export type Entry<T extends EntryType = EntryType> = EntryFields<T> & {
  /** The network's id; null only in the genesis entry itself. Signed, not sent. */
  net: Uint8Array | null;
};

export type AnyEntry = { [T in EntryType]: Entry<T> }[EntryType];

export interface SignedEntry {
  id: Uint8Array;
  bytes: Uint8Array;
  entry: Entry;
}

/** The canonical payload bytes of an entry's fields. */
export function payloadOf(fields: EntryFields): Uint8Array {
  const { type, author, seq, prev, time, via, body } = fields;
  return encodeCanonical([protocolVersion, type, author, seq, prev, time, via, body]);
}

const domains = new Map<string, Uint8Array>();

/** What precedes the payload in the signed message: the protocol and the network. */
export function signingDomain(net: Uint8Array | null): Uint8Array {
  const key = net ? String.fromCharCode.apply(null, net as unknown as number[]) : '';
  let domain = domains.get(key);
  if (!domain) {
    domain = encodeCanonical(['buurtruil entry v2', net]);
    if (domains.size > 64) domains.clear();
    domains.set(key, domain);
  }
  return domain;
}

export function signedMessage(net: Uint8Array | null, payload: Uint8Array): Uint8Array {
  const domain = signingDomain(net);
  const message = new Uint8Array(domain.length + payload.length);
  message.set(domain);
  message.set(payload, domain.length);
  return message;
}

export function entryId(wire: Uint8Array): Uint8Array {
  return hash(wire).slice(0, idLength);
}

/** Writes an entry: the caller says what and where in the chain; this signs it. */
export function signEntry<T extends EntryType>(
  identity: Identity,
  fields: Omit<EntryFields<T>, 'author' | 'via'> & { net: Uint8Array | null; via?: Uint8Array | null },
): SignedEntry {
  const { net, via = null, ...rest } = fields;
  const entryFields = { ...rest, author: identity.signing.publicKey, via } as EntryFields<T>;
  const payload = payloadOf(entryFields);
  const sig = sign(signedMessage(net, payload), identity.signing.secretKey);
  const bytes = new Uint8Array(signatureLength + payload.length);
  bytes.set(sig);
  bytes.set(payload, signatureLength);
  return { id: entryId(bytes), bytes, entry: { ...entryFields, net } as Entry };
}
