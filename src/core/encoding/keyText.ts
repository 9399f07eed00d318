// Public keys (authors, members, devices) as text, made once per key: a year's 35,000
// entries name a few hundred keys, each many times (every entry its author, every payment
// and message its receiver). A small table remembers the latest text made for each slot, so
// a key seen before is compared byte for byte instead of encoded again, and every entry of
// one author carries the same string (one in memory, its hash made once for every map).
// Only for public keys: nothing secret is kept here.
import { toBase64Url } from './base64url.ts';

const keyLength = 32;
const slots = 4096;
const keys: (Uint8Array | undefined)[] = new Array(slots);
const texts: string[] = new Array(slots);

/** toBase64Url(key), remembered for 32-byte keys. */
export function keyText(key: Uint8Array): string {
  if (key.length !== keyLength) return toBase64Url(key);
  // Keys are uniformly random: their first bytes spread them over the slots.
  const slot = (((key[0] as number) << 8) | (key[1] as number)) & (slots - 1);
  const known = keys[slot];
  if (known !== undefined && sameKey(known, key)) return texts[slot] as string;
  const text = toBase64Url(key);
  // A copy: the caller's bytes may be a view that someone changes later.
  keys[slot] = key.slice();
  texts[slot] = text;
  return text;
}

function sameKey(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < keyLength; i++) if (a[i] !== b[i]) return false;
  return true;
}
