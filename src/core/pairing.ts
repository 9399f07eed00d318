// Pairing two devices of one person (a phone and a laptop; a coordinator's laptop and the
// kiosk) over a direct connection that a relay helped to set up. The relay could sit in
// the middle, so the two ends agree on keys of their own and show a short check code made
// from both: the person compares the two screens, and only when they match does anything
// secret cross. The end that opened the link (A) commits to its key before it sees the
// other's (B), so a relay in the middle must choose its keys before it can know the digits:
// one chance in a million per pairing, where grinding key pairs against two known keys
// would take seconds (as Bluetooth's numeric comparison and ZRTP).
//
//   each end:      an ephemeral X25519 key pair and a nonce of 32 random bytes
//   commitment    = SHA-256(DAG-CBOR ["buurtruil pairing commit v3", keyA, nonceA])
//   check digest  = SHA-256(DAG-CBOR ["buurtruil pairing check v3", keyA, keyB, nonceA, nonceB])
//   check code    = first 8 bytes of the digest, big-endian, mod 10^6, as 6 digits
//   channel keys  = HKDF-SHA-256(X25519 shared secret, salt = check digest,
//                                "buurtruil pairing key v3", 64): A→B the first 32, B→A the last 32
//   a message     = nonce (24) ‖ XChaCha20-Poly1305(key of its direction, nonce,
//                                aad = its number in that direction, 8 bytes big-endian)
//   an exported secret = HKDF-SHA-256(X25519 shared secret, salt = check digest,
//                                DAG-CBOR ["buurtruil pairing export v3", context], 32)
//                   (the same at both ends, known to nobody else once the codes matched:
//                   two networks' link secret, protocol-links.md §1)
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { x25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { type BoxKeyPair, isValidBoxKey, newBoxKeyPair } from './crypto/sealedBox.ts';
import { encodeCanonical } from './encoding/canonical.ts';

/** The opener (A, the device that typed the code) commits first; the answerer (B) shows the code. */
export type PairingSide = 'opener' | 'answerer';

export const pairingNonceLength = 32;
const keyInfo = new TextEncoder().encode('buurtruil pairing key v3');
const exportDomain = 'buurtruil pairing export v3';

export interface PairingEnd {
  keys: BoxKeyPair;
  nonce: Uint8Array;
}

export function startPairing(): PairingEnd {
  return { keys: newBoxKeyPair(), nonce: randomBytes(pairingNonceLength) };
}

/** What both ends know once A revealed: each end's key and nonce, by side (not by "mine"). */
export interface PairingTranscript {
  keyA: Uint8Array;
  keyB: Uint8Array;
  nonceA: Uint8Array;
  nonceB: Uint8Array;
}

/** What A sends first: binds it to its key and nonce without showing them. */
export function pairingCommitment(key: Uint8Array, nonce: Uint8Array): Uint8Array {
  return sha256(encodeCanonical(['buurtruil pairing commit v3', key, nonce]));
}

function checkDigest(t: PairingTranscript): Uint8Array {
  return sha256(encodeCanonical(['buurtruil pairing check v3', t.keyA, t.keyB, t.nonceA, t.nonceB]));
}

/** What both screens show: the same six digits exactly when nobody swapped a key. */
export function pairingCheckCode(t: PairingTranscript): string {
  const digest = checkDigest(t);
  // 64 bits mod 10^6: each code is as likely as any other to within 2^-44.
  const number = new DataView(digest.buffer, digest.byteOffset, 8).getBigUint64(0) % 1_000_000n;
  return number.toString().padStart(6, '0');
}

export interface PairingChannel {
  seal(plaintext: Uint8Array): Uint8Array;
  /** The plaintext, or null if it is not the next message the other end sealed. */
  open(message: Uint8Array): Uint8Array | null;
  /** 32 bytes both ends derive alike for `context`, apart from the channel's keys. */
  exportSecret(context: Uint8Array): Uint8Array;
}

/** The channel to the other end; null if the other end's key is of small order. */
export function pairingChannel(end: PairingEnd, side: PairingSide, t: PairingTranscript): PairingChannel | null {
  const theirs = side === 'opener' ? t.keyB : t.keyA;
  if (!isValidBoxKey(theirs)) return null;
  const shared = x25519.getSharedSecret(end.keys.secretKey, theirs);
  const digest = checkDigest(t);
  const keys = hkdf(sha256, shared, digest, keyInfo, 64);
  const [aToB, bToA] = [keys.subarray(0, 32), keys.subarray(32)];
  const [sendKey, openKey] = side === 'opener' ? [aToB, bToA] : [bToA, aToB];
  // A number per direction in the associated data: a message replayed, reordered or sent
  // back to its sender does not open.
  let sent = 0;
  let opened = 0;
  return {
    seal(plaintext) {
      const nonce = randomBytes(24);
      return concat(nonce, xchacha20poly1305(sendKey, nonce, counter(sent++)).encrypt(plaintext));
    },
    open(message) {
      if (message.length < 24 + 16) return null;
      try {
        const plaintext = xchacha20poly1305(openKey, message.subarray(0, 24), counter(opened)).decrypt(
          message.subarray(24),
        );
        opened++;
        return plaintext;
      } catch {
        return null;
      }
    },
    exportSecret: (context) => hkdf(sha256, shared, digest, encodeCanonical([exportDomain, context]), 32),
  };
}

function counter(n: number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(n));
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
