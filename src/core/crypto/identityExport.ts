// An identity's secrets under a passphrase, for a recovery file or sheet. scrypt
// (N = 2^17, r = 8, p = 1: about a second on a phone, and as much for every guess)
// stretches the passphrase; XChaCha20-Poly1305 seals the two secrets.
// Format (DAG-CBOR): { v: 2, kdf: "scrypt", n, r, p, salt, nonce, box }.
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { decodeCanonical, encodeCanonical } from '../encoding/canonical.ts';
import { bytes, int, oneOf, record } from '../entry/shape.ts';
import { type Identity, identityFromSecrets } from '../Identity.ts';

const params = { N: 2 ** 17, r: 8, p: 1 };
const aad = new TextEncoder().encode('buurtruil identity v2');

export async function exportIdentity(identity: Identity, passphrase: string): Promise<Uint8Array> {
  const salt = randomBytes(16);
  const nonce = randomBytes(24);
  const key = await scryptAsync(passphrase.normalize('NFC'), salt, { ...params, dkLen: 32 });
  const secrets = encodeCanonical([identity.signing.secretKey, identity.box.secretKey]);
  const box = xchacha20poly1305(key, nonce, aad).encrypt(secrets);
  return encodeCanonical({ v: 2, kdf: 'scrypt', n: params.N, r: params.r, p: params.p, salt, nonce, box });
}

export type ImportResult = { ok: true; identity: Identity } | { ok: false; problem: 'malformed' | 'wrong-passphrase' };

const readExport = record({
  v: int(2, 2),
  kdf: oneOf('scrypt'),
  n: int(params.N, params.N),
  r: int(params.r, params.r),
  p: int(params.p, params.p),
  salt: bytes(16),
  nonce: bytes(24),
  box: bytes([16, 256]),
});
const readSecrets = (value: unknown): [Uint8Array, Uint8Array] => {
  if (!Array.isArray(value) || value.length !== 2) throw new Error('not two secrets');
  return [bytes(32)(value[0], 'signing'), bytes(32)(value[1], 'box')];
};

export async function importIdentity(data: Uint8Array, passphrase: string): Promise<ImportResult> {
  let sealed: ReturnType<typeof readExport>;
  try {
    sealed = readExport(decodeCanonical(data), 'identity');
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  const key = await scryptAsync(passphrase.normalize('NFC'), sealed.salt, { ...params, dkLen: 32 });
  let plain: Uint8Array;
  try {
    plain = xchacha20poly1305(key, sealed.nonce, aad).decrypt(sealed.box);
  } catch {
    return { ok: false, problem: 'wrong-passphrase' };
  }
  try {
    const [signing, box] = readSecrets(decodeCanonical(plain));
    return { ok: true, identity: identityFromSecrets(signing, box) };
  } catch {
    return { ok: false, problem: 'malformed' };
  }
}
