// The checks that come before either Ed25519 verifier, so WebCrypto and @noble/curves
// never disagree about an entry: canonical encodings, no key of small order, S below L.
import { ED25519_TORSION_SUBGROUP } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import { isValidPublicKey, newSigningKeyPair, sign, verify } from '../../../src/core/crypto/signatures.ts';

const p = 2n ** 255n - 19n;
const littleEndian = (value: bigint) => {
  const out = new Uint8Array(32);
  for (let i = 0, rest = value; i < 32; i++, rest >>= 8n) out[i] = Number(rest & 0xffn);
  return out;
};
const fromHex = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (byte) => Number.parseInt(byte, 16));

describe('Ed25519 strictness before verifying', () => {
  it('takes an ordinary key', () => {
    expect(isValidPublicKey(newSigningKeyPair().publicKey)).toBe(true);
  });

  it('refuses every key of small order: with one, a "signature" of anything needs no secret', () => {
    expect(ED25519_TORSION_SUBGROUP).toHaveLength(8);
    for (const point of ED25519_TORSION_SUBGROUP) expect(isValidPublicKey(fromHex(point)), point).toBe(false);
  });

  it('refuses a non-canonical encoding (y at or above p)', () => {
    for (const y of [p, p + 1n, p + 2n]) expect(isValidPublicKey(littleEndian(y))).toBe(false);
  });

  it('refuses S at or above the group order, which a lenient verifier reduces and takes', async () => {
    const keys = newSigningKeyPair();
    const message = new TextEncoder().encode('een uurtje boodschappen');
    const signature = sign(message, keys.secretKey);
    expect(await verify(signature, message, keys.publicKey)).toBe(true);
    const order = 2n ** 252n + 27742317777372353535851937790883648493n;
    let s = 0n;
    for (let i = 63; i >= 32; i--) s = (s << 8n) | BigInt(signature[i] ?? 0);
    const bent = signature.slice();
    bent.set(littleEndian(s + order), 32);
    expect(await verify(bent, message, keys.publicKey)).toBe(false);
  });
});
