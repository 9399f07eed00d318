// A recovery file: keys and the network record under a generated passphrase.
import { describe, expect, it } from 'vitest';
import { newPassphrase, openRecovery, sealRecovery } from '../../../src/core/crypto/recoveryFile.ts';
import { encodeCanonical } from '../../../src/core/encoding/canonical.ts';
import { encodeHandover, encodeNewDevice, readHandover, readNewDevice } from '../../../src/core/handover.ts';
import { newIdentity } from '../../../src/core/Identity.ts';

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
const network = {
  net: random(20),
  name: 'Buurtruil Oosterpark',
  area: 'Oosterpark',
  lobby: random(32),
  relays: ['wss://buurt.example.nl/signal'],
  epoch: 2,
  room: random(32),
  member: random(32),
};

describe('the recovery file', () => {
  it('opens with the passphrase as typed in any case or grouping, and holds keys, record and chain length', async () => {
    const identity = newIdentity();
    const passphrase = newPassphrase(random);
    expect(passphrase).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}$/);
    const file = await sealRecovery({ identity, network, seq: 7 }, passphrase);
    const typed = passphrase.toLowerCase().replaceAll('-', ' ');
    const opened = await openRecovery(file, typed);
    if (!opened.ok) throw new Error(opened.problem);
    expect(opened.contents.identity.signing.publicKey).toEqual(identity.signing.publicKey);
    expect(opened.contents.network).toEqual(network);
    expect(opened.contents.seq).toBe(7);
  }, 90_000);

  it('hands on no checkpoint: a recovered device checks them again', async () => {
    const passphrase = newPassphrase(random);
    const file = await sealRecovery(
      { identity: newIdentity(), network: { ...network, checkpoint: random(32) }, seq: 1 },
      passphrase,
    );
    const opened = await openRecovery(file, passphrase);
    if (!opened.ok) throw new Error(opened.problem);
    expect(opened.contents.network).toEqual(network);
  }, 90_000);

  it('says "wrong passphrase" for another one and "malformed" for foreign bytes', async () => {
    const file = await sealRecovery({ identity: newIdentity(), network, seq: 0 }, newPassphrase(random));
    expect(await openRecovery(file, newPassphrase(random))).toEqual({ ok: false, problem: 'wrong-passphrase' });
    expect(await openRecovery(file, 'kort')).toEqual({ ok: false, problem: 'wrong-passphrase' });
    expect(await openRecovery(new Uint8Array([1, 2]), newPassphrase(random))).toEqual({
      ok: false,
      problem: 'malformed',
    });
  }, 90_000);
});

describe('what paired devices say', () => {
  it('reads back exactly what was sent, and nothing else', () => {
    const keys = { device: random(32), boxKey: newIdentity().box.publicKey };
    expect(readNewDevice(encodeNewDevice(keys))).toEqual(keys);
    // Without a checkpoint it says so (null); a device of before checkpoints said nothing, read as none.
    expect(readHandover(encodeHandover(network))).toEqual({ ...network, checkpoint: null });
    expect(readHandover(encodeCanonical({ kind: 'network', ...network }))).toEqual({ ...network, checkpoint: null });
    const checkpoint = random(32);
    expect(readHandover(encodeHandover({ ...network, checkpoint }))).toEqual({ ...network, checkpoint });
    expect(readHandover(encodeHandover({ ...network, checkpoint: random(20) }))).toBeNull();
    expect(readHandover(encodeCanonical({ kind: 'network', ...network, checkpoint: 'x' }))).toBeNull();
    expect(readNewDevice(encodeHandover(network))).toBeNull();
    expect(readHandover(encodeNewDevice(keys))).toBeNull();
    expect(readNewDevice(encodeNewDevice({ ...keys, boxKey: new Uint8Array(32) }))).toBeNull();
    expect(readHandover(new Uint8Array([0xa0]))).toBeNull();
  });
});
