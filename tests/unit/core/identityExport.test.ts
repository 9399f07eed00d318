import { describe, expect, it } from 'vitest';
import { exportIdentity, importIdentity } from '../../../src/core/crypto/identityExport.ts';
import { newIdentity } from '../../../src/core/Identity.ts';

describe('identity export under a passphrase', () => {
  it('round-trips with the right passphrase', async () => {
    const identity = newIdentity();
    const exported = await exportIdentity(identity, 'groene fiets op het plein');
    const result = await importIdentity(exported, 'groene fiets op het plein');
    expect(result.ok && result.identity.signing.publicKey).toEqual(identity.signing.publicKey);
    expect(result.ok && result.identity.box.publicKey).toEqual(identity.box.publicKey);
  }, 90_000);

  it('says "wrong passphrase" for a wrong one, and "malformed" for tampered or foreign bytes', async () => {
    const exported = await exportIdentity(newIdentity(), 'geheim');
    expect(await importIdentity(exported, 'Geheim')).toEqual({ ok: false, problem: 'wrong-passphrase' });
    const tampered = exported.slice();
    tampered[tampered.length - 2] = (tampered[tampered.length - 2] ?? 0) ^ 1;
    expect((await importIdentity(tampered, 'geheim')).ok).toBe(false);
    expect(await importIdentity(new Uint8Array([1, 2, 3]), 'geheim')).toEqual({ ok: false, problem: 'malformed' });
  }, 90_000);

  it('never contains the secret key in clear', async () => {
    const identity = newIdentity();
    const exported = await exportIdentity(identity, 'x');
    const hex = (b: Uint8Array) => Array.from(b, (v) => v.toString(16).padStart(2, '0')).join('');
    expect(hex(exported)).not.toContain(hex(identity.signing.secretKey));
  }, 90_000);
});
