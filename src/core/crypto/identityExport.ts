// An identity's secrets under a passphrase, for a printed member card or pairing a new
// device. scrypt (N = 2^15, r = 8, p = 1) stretches the passphrase; XChaCha20-Poly1305
// seals the two secrets. Format (DAG-CBOR): { v: 1, kdf: "scrypt", n, r, p, salt, nonce, box }.
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { decodeCanonical, encodeCanonical } from '../encoding/canonical.ts';
import { type Identity, identityFromSecrets } from '../Identity.ts';

const params = { N: 2 ** 15, r: 8, p: 1 };
const aad = new TextEncoder().encode('buurtruil identity v1');

export async function exportIdentity(identity: Identity, passphrase: string): Promise<Uint8Array> {
  const salt = randomBytes(16);
  const nonce = randomBytes(24);
  const key = await scryptAsync(passphrase.normalize('NFC'), salt, { ...params, dkLen: 32 });
  const secrets = encodeCanonical([identity.signing.secretKey, identity.box.secretKey]);
  const box = xchacha20poly1305(key, nonce, aad).encrypt(secrets);
  return encodeCanonical({ v: 1, kdf: 'scrypt', n: params.N, r: params.r, p: params.p, salt, nonce, box });
}

export type ImportResult = { ok: true; identity: Identity } | { ok: false; problem: 'malformed' | 'wrong-passphrase' };

export async function importIdentity(bytes: Uint8Array, passphrase: string): Promise<ImportResult> {
  let record: Record<string, unknown>;
  try {
    record = decodeCanonical(bytes) as Record<string, unknown>;
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  const { v, kdf, n, r, p, salt, nonce, box } = record ?? {};
  if (v !== 1 || kdf !== 'scrypt' || n !== params.N || r !== params.r || p !== params.p) {
    return { ok: false, problem: 'malformed' };
  }
  if (!(salt instanceof Uint8Array) || !(nonce instanceof Uint8Array) || !(box instanceof Uint8Array)) {
    return { ok: false, problem: 'malformed' };
  }
  if (salt.length !== 16 || nonce.length !== 24) return { ok: false, problem: 'malformed' };
  const key = await scryptAsync(passphrase.normalize('NFC'), salt, { ...params, dkLen: 32 });
  let secrets: unknown;
  try {
    secrets = decodeCanonical(xchacha20poly1305(key, nonce, aad).decrypt(box));
  } catch {
    return { ok: false, problem: 'wrong-passphrase' };
  }
  if (!Array.isArray(secrets) || secrets.length !== 2) return { ok: false, problem: 'malformed' };
  const [signing, boxSecret] = secrets as unknown[];
  if (!(signing instanceof Uint8Array) || !(boxSecret instanceof Uint8Array))
    return { ok: false, problem: 'malformed' };
  if (signing.length !== 32 || boxSecret.length !== 32) return { ok: false, problem: 'malformed' };
  return { ok: true, identity: identityFromSecrets(signing, boxSecret) };
}
