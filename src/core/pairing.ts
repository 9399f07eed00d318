// Pairing two devices of one person (a phone and a laptop; a coordinator's laptop and the
// kiosk) over a direct connection that a relay helped to set up. The relay could sit in
// the middle, so the two ends agree on keys of their own and show a short check code made
// from both: the person compares the two screens, and only when they match does anything
// secret cross. A relay in the middle would have to swap both keys, and the codes differ.
//
//   each end: an ephemeral X25519 key pair; they exchange public keys
//   check code   = 6 digits of SHA-256("buurtruil pairing v2" ‖ lower key ‖ higher key)
//   transport key = HKDF-SHA-256(X25519 shared secret, salt = lower ‖ higher, "buurtruil pairing key v2")
//   a message    = nonce (24 bytes) ‖ XChaCha20-Poly1305(transport key, nonce).seal(bytes)
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { x25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { type BoxKeyPair, isValidBoxKey, newBoxKeyPair } from './crypto/sealedBox.ts';

const keyInfo = new TextEncoder().encode('buurtruil pairing key v2');

export interface PairingEnd {
  keys: BoxKeyPair;
}

export function startPairing(): PairingEnd {
  return { keys: newBoxKeyPair() };
}

function ordered(a: Uint8Array, b: Uint8Array): Uint8Array {
  const [low, high] = compare(a, b) <= 0 ? [a, b] : [b, a];
  const out = new Uint8Array(64);
  out.set(low);
  out.set(high, 32);
  return out;
}

/** What both screens show: the same six digits exactly when nobody swapped a key. */
export function pairingCheckCode(mine: Uint8Array, theirs: Uint8Array): string {
  const digest = sha256(concat(new TextEncoder().encode('buurtruil pairing v2'), ordered(mine, theirs)));
  const number = new DataView(digest.buffer, digest.byteOffset).getUint32(0) % 1_000_000;
  return number.toString().padStart(6, '0');
}

export interface PairingChannel {
  seal(plaintext: Uint8Array): Uint8Array;
  /** The plaintext, or null if it was not sealed by the other end. */
  open(message: Uint8Array): Uint8Array | null;
}

/** The channel to the other end, once its public key is known; null for a key of small order. */
export function pairingChannel(end: PairingEnd, theirs: Uint8Array): PairingChannel | null {
  if (!isValidBoxKey(theirs)) return null;
  const shared = x25519.getSharedSecret(end.keys.secretKey, theirs);
  const key = hkdf(sha256, shared, ordered(end.keys.publicKey, theirs), keyInfo, 32);
  return {
    seal(plaintext) {
      const nonce = randomBytes(24);
      return concat(nonce, xchacha20poly1305(key, nonce).encrypt(plaintext));
    },
    open(message) {
      if (message.length < 24 + 16) return null;
      try {
        return xchacha20poly1305(key, message.subarray(0, 24)).decrypt(message.subarray(24));
      } catch {
        return null;
      }
    },
  };
}

function compare(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return a.length - b.length;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
