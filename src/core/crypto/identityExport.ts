// An identity's secrets under a passphrase, for a recovery file or sheet. scrypt
// (N = 2^17, r = 8, p = 1: about a second on a phone, and as much for every guess)
// stretches the passphrase; XChaCha20-Poly1305 seals the two secrets.
// Format (DAG-CBOR): { v: 2, kdf: "scrypt", n, r, p, salt, nonce, box }. The same envelope,
// with an associated data of its own, seals a recovery file (recoveryFile.ts).
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { decodeCanonical, encodeCanonical } from '../encoding/canonical.ts';
import { bytes, int, oneOf, record } from '../entry/shape.ts';
import { type Identity, identityFromSecrets } from '../Identity.ts';
import { passphraseKey } from './passphraseKey.ts';

const params = { N: 2 ** 17, r: 8, p: 1 };
const aad = new TextEncoder().encode('buurtruil identity v2');

/** Seals `plain` under a passphrase in the envelope above, bound to `context` (the AEAD's associated data). */
export async function sealUnderPassphrase(
  plain: Uint8Array,
  passphrase: string,
  context: Uint8Array,
): Promise<Uint8Array> {
  const salt = randomBytes(16);
  const nonce = randomBytes(24);
  const key = await passphraseKey(passphrase, salt, params);
  const box = xchacha20poly1305(key, nonce, context).encrypt(plain);
  return encodeCanonical({ v: 2, kdf: 'scrypt', n: params.N, r: params.r, p: params.p, salt, nonce, box });
}

export type OpenedUnderPassphrase =
  | { ok: true; plain: Uint8Array }
  | { ok: false; problem: 'malformed' | 'wrong-passphrase' };

const readEnvelope = record({
  v: int(2, 2),
  kdf: oneOf('scrypt'),
  n: int(params.N, params.N),
  r: int(params.r, params.r),
  p: int(params.p, params.p),
  salt: bytes(16),
  nonce: bytes(24),
  box: bytes([16, 4096]),
});

export async function openUnderPassphrase(
  data: Uint8Array,
  passphrase: string,
  context: Uint8Array,
): Promise<OpenedUnderPassphrase> {
  let sealed: ReturnType<typeof readEnvelope>;
  try {
    sealed = readEnvelope(decodeCanonical(data), 'envelope');
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  const key = await passphraseKey(passphrase, sealed.salt, params);
  try {
    return { ok: true, plain: xchacha20poly1305(key, sealed.nonce, context).decrypt(sealed.box) };
  } catch {
    return { ok: false, problem: 'wrong-passphrase' };
  }
}

export async function exportIdentity(identity: Identity, passphrase: string): Promise<Uint8Array> {
  const secrets = encodeCanonical([identity.signing.secretKey, identity.box.secretKey]);
  return sealUnderPassphrase(secrets, passphrase, aad);
}

export type ImportResult = { ok: true; identity: Identity } | { ok: false; problem: 'malformed' | 'wrong-passphrase' };

const readSecrets = (value: unknown): [Uint8Array, Uint8Array] => {
  if (!Array.isArray(value) || value.length !== 2) throw new Error('not two secrets');
  return [bytes(32)(value[0], 'signing'), bytes(32)(value[1], 'box')];
};

export async function importIdentity(data: Uint8Array, passphrase: string): Promise<ImportResult> {
  const opened = await openUnderPassphrase(data, passphrase, aad);
  if (!opened.ok) return opened;
  try {
    const [signing, box] = readSecrets(decodeCanonical(opened.plain));
    return { ok: true, identity: identityFromSecrets(signing, box) };
  } catch {
    return { ok: false, problem: 'malformed' };
  }
}
