// The keys of a member card (docs/protocol.md §9): someone without a device of their own
// signs with a key that needs two shares and a PIN.
//
//   card share A   16 random bytes, printed on the card (QR code, or a code to type)
//   kiosk share B  32 random bytes, locked with the PIN and sealed to coordinators and kiosks
//   card key       HKDF-SHA-256(A ‖ B, info "buurtruil card v2") → Ed25519 and X25519 secrets
//
// The card alone signs nothing (no B); the kiosk's storage alone signs nothing (no A);
// guessing the PIN offline needs both. The kiosk limits PIN attempts itself.
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { passphraseKey } from './crypto/passphraseKey.ts';
import { decodeCanonical, encodeCanonical } from './encoding/canonical.ts';
import { bytes, int, record } from './entry/shape.ts';
import { type Identity, identityFromSecrets } from './Identity.ts';

export const cardShareLength = 16;
export const kioskShareLength = 32;
const info = new TextEncoder().encode('buurtruil card v2');
const pinParams = { N: 2 ** 15, r: 8, p: 1 };
const pinAad = new TextEncoder().encode('buurtruil card pin v2');

export interface NewCard {
  cardShare: Uint8Array;
  kioskShare: Uint8Array;
  identity: Identity;
}

export function newCard(): NewCard {
  const cardShare = randomBytes(cardShareLength);
  const kioskShare = randomBytes(kioskShareLength);
  return { cardShare, kioskShare, identity: cardIdentity(cardShare, kioskShare) };
}

export function cardIdentity(cardShare: Uint8Array, kioskShare: Uint8Array): Identity {
  const ikm = new Uint8Array(cardShare.length + kioskShare.length);
  ikm.set(cardShare);
  ikm.set(kioskShare, cardShare.length);
  const secrets = hkdf(sha256, ikm, undefined, info, 64);
  return identityFromSecrets(secrets.slice(0, 32), secrets.slice(32));
}

/** The kiosk share locked with the PIN: DAG-CBOR { v: 2, salt, nonce, box }. */
export async function lockKioskShare(kioskShare: Uint8Array, pin: string): Promise<Uint8Array> {
  const salt = randomBytes(16);
  const nonce = randomBytes(24);
  const key = await passphraseKey(pin, salt, pinParams);
  const box = xchacha20poly1305(key, nonce, pinAad).encrypt(kioskShare);
  return encodeCanonical({ v: 2, salt, nonce, box });
}

const readLocked = record({ v: int(2, 2), salt: bytes(16), nonce: bytes(24), box: bytes(kioskShareLength + 16) });

/** The kiosk share, or null for a wrong PIN or bytes that are not a locked share. */
export async function unlockKioskShare(locked: Uint8Array, pin: string): Promise<Uint8Array | null> {
  let parsed: ReturnType<typeof readLocked>;
  try {
    parsed = readLocked(decodeCanonical(locked), 'share');
  } catch {
    return null;
  }
  const key = await passphraseKey(pin, parsed.salt, pinParams);
  try {
    return xchacha20poly1305(key, parsed.nonce, pinAad).decrypt(parsed.box);
  } catch {
    return null;
  }
}

/**
 * A card's tag: lets the kiosk find which card it is holding without knowing the member
 * (the card carries A only). A hash of 128 random bits: it tells nothing about A.
 */
export function cardTag(cardShare: Uint8Array): Uint8Array {
  const label = new TextEncoder().encode('buurtruil card tag v2');
  const input = new Uint8Array(label.length + cardShare.length);
  input.set(label);
  input.set(cardShare, label.length);
  return sha256(input).slice(0, 8);
}

/** What a `card` entry seals to coordinators and kiosks: DAG-CBOR { tag, locked } (locked: the PIN-locked kiosk share). */
export function cardShareRecord(cardShare: Uint8Array, locked: Uint8Array): Uint8Array {
  return encodeCanonical({ tag: cardTag(cardShare), locked });
}

const readRecord = record({ tag: bytes(8), locked: bytes([1, 200]) });

/** The tag and the locked share, or null for bytes of another shape. */
export function readCardShareRecord(sealedPlaintext: Uint8Array): { tag: Uint8Array; locked: Uint8Array } | null {
  try {
    return readRecord(decodeCanonical(sealedPlaintext), 'card');
  } catch {
    return null;
  }
}

// Crockford's base32: no I, L, O or U, so a code read aloud or typed is hard to get wrong.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The card share as a code to type: 26 characters in groups of four. */
export function cardCode(cardShare: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of cardShare) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += alphabet[(value >> bits) & 31];
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out.match(/.{1,4}/g)?.join('-') ?? out;
}

/** Reads a typed or scanned code (case, dashes, spaces and the letters I, L, O forgiven); null if damaged. */
export function cardShareFromCode(code: string): Uint8Array | null {
  const clean = code.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (clean.length !== Math.ceil((cardShareLength * 8) / 5)) return null;
  const out = new Uint8Array(cardShareLength);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of clean) {
    const digit = alphabet.indexOf(char);
    if (digit < 0) return null;
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      if (index < cardShareLength) out[index++] = (value >> bits) & 0xff;
    }
  }
  // The last character's spare bits must be zero, or two codes would name one card.
  return (value & ((1 << bits) - 1)) === 0 ? out : null;
}
