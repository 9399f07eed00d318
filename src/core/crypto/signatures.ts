// Ed25519 (RFC 8032). Signing uses @noble/curves (audited; the secret key is 32 bytes we
// can export under a passphrase, which WebCrypto would not allow). Verifying uses
// WebCrypto where the platform has Ed25519 (20x faster: it decides how fast a year of
// entries loads), and @noble/curves in strict RFC 8032 mode where it does not.
//
// Two verifiers must never disagree, or two devices would hold different truths. They
// can differ only on edge cases of encoding, so those are decided here first, the same
// way for both: the public key and R must be canonical encodings (y < p), S must be
// below the group order, and the public key must not be of small order.
import { ed25519 } from '@noble/curves/ed25519.js';
import { keyText } from '../encoding/keyText.ts';

export const publicKeyLength = 32;
export const signatureLength = 64;

export interface SigningKeyPair {
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

export function newSigningKeyPair(): SigningKeyPair {
  const secretKey = ed25519.utils.randomSecretKey();
  return { secretKey, publicKey: ed25519.getPublicKey(secretKey) };
}

export function signingKeyPairFrom(secretKey: Uint8Array): SigningKeyPair {
  return { secretKey, publicKey: ed25519.getPublicKey(secretKey) };
}

export function sign(message: Uint8Array, secretKey: Uint8Array): Uint8Array {
  return ed25519.sign(message, secretKey);
}

// p = 2^255 - 19 and L = 2^252 + 27742317777372353535851937790883648493, little-endian.
const fieldPrime = littleEndian(2n ** 255n - 19n);
const groupOrder = littleEndian(2n ** 252n + 27742317777372353535851937790883648493n);

/** Is this a key entries may be signed with: canonical, on the curve, not of small order? */
export function isValidPublicKey(publicKey: Uint8Array): boolean {
  if (publicKey.length !== publicKeyLength) return false;
  const name = keyName(publicKey);
  let valid = checkedKeys.get(name);
  if (valid === undefined) {
    valid = isCanonicalY(publicKey) && notSmallOrder(publicKey);
    if (checkedKeys.size > 10_000) checkedKeys.clear();
    checkedKeys.set(name, valid);
  }
  return valid;
}

const checkedKeys = new Map<string, boolean>();
const importedKeys = new Map<string, Promise<CryptoKey | null>>();
let webCryptoWorks: boolean | undefined;

export async function verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): Promise<boolean> {
  if (!passesStrictChecks(signature, publicKey)) return false;
  if (webCryptoWorks !== false) {
    const key = await importKey(publicKey);
    if (key) {
      try {
        return await crypto.subtle.verify('Ed25519', key, asBuffer(signature), asBuffer(message));
      } catch {
        return false;
      }
    }
  }
  return verifyStrictly(signature, message, publicKey);
}

/**
 * verify, at once, with @noble/curves alone: for the few signatures a rule checks while the
 * state is derived (a device-add's proof, src/core/deviceProof.ts), where nothing may wait.
 * The same checks come first, so it agrees with verify on every input.
 */
export function verifyNow(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  return passesStrictChecks(signature, publicKey) && verifyStrictly(signature, message, publicKey);
}

/** The encodings on which the two verifiers could differ are refused first (see the top of this file). */
function passesStrictChecks(signature: Uint8Array, publicKey: Uint8Array): boolean {
  if (signature.length !== signatureLength || !isValidPublicKey(publicKey)) return false;
  return isCanonicalY(signature.subarray(0, 32)) && lessThan(signature.subarray(32), groupOrder);
}

function verifyStrictly(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    return ed25519.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}

/**
 * A key's bytes as a string, to look it up in a cache. Every entry's key is looked up
 * this way a few times: apply() takes the bytes as they are, where spreading them went
 * through an iterator (5 times slower).
 */
/** A key's name in the caches above: its text, which every entry's author has made already (keyText.ts). */
function keyName(publicKey: Uint8Array): string {
  return keyText(publicKey);
}

function notSmallOrder(publicKey: Uint8Array): boolean {
  try {
    return !ed25519.Point.fromBytes(publicKey, false).isSmallOrder();
  } catch {
    return false;
  }
}

/** The encoded y (the sign bit of x aside) is below p. */
function isCanonicalY(encoded: Uint8Array): boolean {
  const y = encoded.slice(0, 32);
  y[31] = (y[31] ?? 0) & 0x7f;
  return lessThan(y, fieldPrime);
}

/** a < b for little-endian numbers of 32 bytes. */
function lessThan(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 31; i >= 0; i--) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

function littleEndian(value: bigint): Uint8Array {
  const out = new Uint8Array(32);
  let rest = value;
  for (let i = 0; i < 32; i++) {
    out[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return out;
}

function importKey(publicKey: Uint8Array): Promise<CryptoKey | null> {
  const name = keyName(publicKey);
  let key = importedKeys.get(name);
  if (!key) {
    key = crypto.subtle.importKey('raw', asBuffer(publicKey), { name: 'Ed25519' }, false, ['verify']).then(
      (imported) => {
        webCryptoWorks = true;
        return imported;
      },
      (error: unknown) => {
        // No Ed25519 in this WebCrypto: fall back for good. A bad key: fall back once.
        if ((error as { name?: string }).name === 'NotSupportedError') webCryptoWorks ??= false;
        return null;
      },
    );
    if (importedKeys.size > 10_000) importedKeys.clear();
    importedKeys.set(name, key);
  }
  return key;
}

function asBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}
