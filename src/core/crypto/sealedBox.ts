// Sealing a secret for one or more recipients (a message for its two ends, a room secret
// for the members, a join request for the coordinators). Audited primitives only:
// X25519 (@noble/curves), HKDF-SHA-256 (@noble/hashes), XChaCha20-Poly1305 (@noble/ciphers).
//
//   content key K: 32 random bytes; ephemeral key pair (e, E), fresh for every box
//   box          = XChaCha20-Poly1305(K, nonce 0, aad).seal(plaintext)
//   per recipient R (an X25519 public key), one key slot:
//     kek        = HKDF-SHA-256(ikm = X25519(e, R), salt = E || R, info = "buurtruil seal v2", 32)
//     slot       = XChaCha20-Poly1305(kek, nonce 0).seal(K)           (48 bytes)
//
// Every key is used once (K is fresh, kek is fresh with e), so a fixed nonce is safe and
// need not travel; slots do not name their recipient, a recipient tries each. Who sealed
// a box is not proven here: the signed entry that carries it proves that.
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
  /** One slot per recipient: the content key sealed to them. */
  keys: Uint8Array[];
  box: Uint8Array;
}

const info = new TextEncoder().encode('buurtruil seal v2');
const zeroNonce = new Uint8Array(24);
export const boxKeyLength = 32;
export const keySlotLength = 48;
export const maxSealRecipients = 64;

export function newBoxKeyPair(): BoxKeyPair {
  const secretKey = x25519.utils.randomSecretKey();
  return { secretKey, publicKey: x25519.getPublicKey(secretKey) };
}

export function boxKeyPairFrom(secretKey: Uint8Array): BoxKeyPair {
  return { secretKey, publicKey: x25519.getPublicKey(secretKey) };
}

// The u-coordinates of X25519's points of small order (RFC 7748 §7; as in libsodium's
// blocklist). A box sealed to one of them could be opened by anyone.
const p = 2n ** 255n - 19n;
const smallOrder = new Set([
  0n,
  1n,
  p - 1n,
  325606250916557431795983626356110631294008115727848805560023387167927233504n,
  39382357235489614581723060781553021112529911719440698176882885853963445705823n,
]);

/** Is this a key a box may be sealed to: 32 bytes, not of small order? */
export function isValidBoxKey(key: Uint8Array): boolean {
  if (key.length !== boxKeyLength) return false;
  let u = 0n;
  for (let i = 31; i >= 0; i--) u = (u << 8n) | BigInt(i === 31 ? (key[i] ?? 0) & 0x7f : (key[i] ?? 0));
  return !smallOrder.has(u % p);
}

export function seal(plaintext: Uint8Array, recipients: readonly Uint8Array[], aad: Uint8Array): SealedBox {
  if (recipients.length === 0 || recipients.length > maxSealRecipients) throw new Error('bad recipient count');
  if (!recipients.every(isValidBoxKey)) throw new Error('a recipient key is of small order');
  const contentKey = randomBytes(32);
  const ephemeral = newBoxKeyPair();
  const keys = recipients.map((to) =>
    xchacha20poly1305(
      keyEncryptionKey(x25519.getSharedSecret(ephemeral.secretKey, to), ephemeral.publicKey, to),
      zeroNonce,
    ).encrypt(contentKey),
  );
  const box = xchacha20poly1305(contentKey, zeroNonce, aad).encrypt(plaintext);
  return { eph: ephemeral.publicKey, keys, box };
}

/** The plaintext, or null if this box is not for `me` or was tampered with. */
export function open(sealed: SealedBox, me: BoxKeyPair, aad: Uint8Array): Uint8Array | null {
  let kek: Uint8Array;
  try {
    kek = keyEncryptionKey(x25519.getSharedSecret(me.secretKey, sealed.eph), sealed.eph, me.publicKey);
  } catch {
    return null;
  }
  for (const slot of sealed.keys) {
    let contentKey: Uint8Array;
    try {
      contentKey = xchacha20poly1305(kek, zeroNonce).decrypt(slot);
    } catch {
      continue;
    }
    try {
      return xchacha20poly1305(contentKey, zeroNonce, aad).decrypt(sealed.box);
    } catch {
      return null;
    }
  }
  return null;
}

/** kek = HKDF(X25519 secret, E || R): the sender has e and R, the recipient r and E. */
function keyEncryptionKey(shared: Uint8Array, ephPublic: Uint8Array, recipient: Uint8Array): Uint8Array {
  const salt = new Uint8Array(64);
  salt.set(ephPublic);
  salt.set(recipient, 32);
  return hkdf(sha256, shared, salt, info, 32);
}
