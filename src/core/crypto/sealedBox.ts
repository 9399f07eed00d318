// Sealing a secret for one or more recipients (a message for its two ends, a room secret
// for a member, a join request for the coordinators). Audited primitives only:
// X25519 (@noble/curves), HKDF-SHA-256 (@noble/hashes), XChaCha20-Poly1305 (@noble/ciphers).
//
//   content key K: 32 random bytes; nonce N: 24 random bytes; ephemeral key pair (e, E)
//   box          = XChaCha20-Poly1305(K, N, aad).seal(plaintext)
//   per recipient R (an X25519 public key):
//     kek        = HKDF-SHA-256(ikm = X25519(e, R), salt = E || R, info = "buurtruil seal v1", 32)
//     key        = XChaCha20-Poly1305(kek, N).seal(K)
// Who sealed it is not proven here: the signed entry that carries the box proves that.
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { x25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes } from '@noble/hashes/utils.js';

export interface BoxKeyPair {
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

export interface SealedBox {
  /** Ephemeral X25519 public key. */
  eph: Uint8Array;
  nonce: Uint8Array;
  keys: { to: Uint8Array; key: Uint8Array }[];
  box: Uint8Array;
}

const info = new TextEncoder().encode('buurtruil seal v1');
export const boxKeyLength = 32;
export const maxSealRecipients = 64;

export function newBoxKeyPair(): BoxKeyPair {
  const secretKey = x25519.utils.randomSecretKey();
  return { secretKey, publicKey: x25519.getPublicKey(secretKey) };
}

export function boxKeyPairFrom(secretKey: Uint8Array): BoxKeyPair {
  return { secretKey, publicKey: x25519.getPublicKey(secretKey) };
}

export function seal(plaintext: Uint8Array, recipients: readonly Uint8Array[], aad: Uint8Array): SealedBox {
  if (recipients.length === 0 || recipients.length > maxSealRecipients) throw new Error('bad recipient count');
  const contentKey = randomBytes(32);
  const nonce = randomBytes(24);
  const ephemeral = newBoxKeyPair();
  const keys = recipients.map((to) => ({
    to,
    key: xchacha20poly1305(keyEncryptionKey(ephemeral.secretKey, ephemeral.publicKey, to), nonce).encrypt(contentKey),
  }));
  const box = xchacha20poly1305(contentKey, nonce, aad).encrypt(plaintext);
  return { eph: ephemeral.publicKey, nonce, keys, box };
}

/** The plaintext, or null if this box is not for `me` or was tampered with. */
export function open(sealed: SealedBox, me: BoxKeyPair, aad: Uint8Array): Uint8Array | null {
  const mine = sealed.keys.find((k) => sameBytes(k.to, me.publicKey));
  if (!mine) return null;
  try {
    const shared = x25519.getSharedSecret(me.secretKey, sealed.eph);
    const kek = hkdf(sha256, shared, concat(sealed.eph, me.publicKey), info, 32);
    const contentKey = xchacha20poly1305(kek, sealed.nonce).decrypt(mine.key);
    return xchacha20poly1305(contentKey, sealed.nonce, aad).decrypt(sealed.box);
  } catch {
    return null;
  }
}

function keyEncryptionKey(ephSecret: Uint8Array, ephPublic: Uint8Array, recipient: Uint8Array): Uint8Array {
  const shared = x25519.getSharedSecret(ephSecret, recipient);
  return hkdf(sha256, shared, concat(ephPublic, recipient), info, 32);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
