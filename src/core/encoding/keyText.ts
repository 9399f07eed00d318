// Public keys (authors, members, devices) as text, made once per key: a year's 35,000
// entries name a few hundred keys, each many times (every entry its author, every payment
// and message its receiver). A small table remembers the latest text made for each slot, so
// a key seen before is compared byte for byte instead of encoded again, and every entry of
// one author carries the same string (one in memory, its hash made once for every map).
// The same table hands out one copy of each key's bytes (sharedKey). Only for public keys:
// nothing secret is kept here.
import { toBase64Url } from './base64url.ts';

const keyLength = 32;
const slots = 4096;
const keys: (Uint8Array | undefined)[] = new Array(slots);
const texts: string[] = new Array(slots);
/** One copy of each key handed to every entry that names it (sharedKey); `keys` stays private. */
const shared: Uint8Array[] = new Array(slots);

/** toBase64Url(key), remembered for 32-byte keys. */
export function keyText(key: Uint8Array): string {
  if (key.length !== keyLength) return toBase64Url(key);
  // Keys are uniformly random: their first bytes spread them over the slots.
  const slot = (((key[0] as number) << 8) | (key[1] as number)) & (slots - 1);
  const known = keys[slot];
  if (known !== undefined && sameKey(known, key)) return texts[slot] as string;
  return remember(slot, key).text;
}

/**
 * One shared copy of a 32-byte public key, the same object for every entry that names it
 * (an author's 100 entries hold one array, not 100): read entries never change their fields.
 */
export function sharedKey(key: Uint8Array): Uint8Array {
  if (key.length !== keyLength) return key;
  const slot = (((key[0] as number) << 8) | (key[1] as number)) & (slots - 1);
  const known = keys[slot];
  if (known !== undefined && sameKey(known, key)) return shared[slot] as Uint8Array;
  return remember(slot, key).copy;
}

/**
 * The shared copy of the 32-byte key at `bytes[at..at+32)`, if that key has one already
 * (sharedKey), found without a copy of the bytes first: a decoder hands it out in place of a
 * fresh copy (an author's 100 entries are decoded into one key, not 100 copies dropped).
 */
export function sharedKeyAt(bytes: Uint8Array, at: number): Uint8Array | undefined {
  const slot = (((bytes[at] as number) << 8) | (bytes[at + 1] as number)) & (slots - 1);
  const known = keys[slot];
  if (known === undefined) return undefined;
  for (let i = 0; i < keyLength; i++) if (known[i] !== bytes[at + i]) return undefined;
  return shared[slot];
}

function remember(slot: number, key: Uint8Array): { text: string; copy: Uint8Array } {
  const text = toBase64Url(key);
  const copy = key.slice();
  // Two copies: the one compared against stays here, so nothing done to the one handed
  // out (or to the caller's bytes, a view someone may change) can give a key a wrong text.
  keys[slot] = key.slice();
  texts[slot] = text;
  shared[slot] = copy;
  return { text, copy };
}

function sameKey(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < keyLength; i++) if (a[i] !== b[i]) return false;
  return true;
}
