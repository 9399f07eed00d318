// Pairing two devices: the check codes match exactly when nobody swapped a key in between.
import { describe, expect, it } from 'vitest';
import { pairingChannel, pairingCheckCode, startPairing } from '../../../src/core/pairing.ts';

describe('pairing', () => {
  it('both ends show the same code and can talk', () => {
    const phone = startPairing();
    const laptop = startPairing();
    expect(pairingCheckCode(phone.keys.publicKey, laptop.keys.publicKey)).toBe(
      pairingCheckCode(laptop.keys.publicKey, phone.keys.publicKey),
    );
    const toLaptop = pairingChannel(phone, laptop.keys.publicKey);
    const fromPhone = pairingChannel(laptop, phone.keys.publicKey);
    const message = new TextEncoder().encode('het netwerk');
    expect(fromPhone?.open(toLaptop?.seal(message) as Uint8Array)).toEqual(message);
  });

  it('a relay in the middle shows different codes and cannot read what crosses', () => {
    const phone = startPairing();
    const laptop = startPairing();
    const relay = startPairing();
    const phoneSees = pairingCheckCode(phone.keys.publicKey, relay.keys.publicKey);
    const laptopSees = pairingCheckCode(laptop.keys.publicKey, relay.keys.publicKey);
    expect(phoneSees).not.toBe(laptopSees);
    const sealed = pairingChannel(phone, laptop.keys.publicKey)?.seal(new Uint8Array([1, 2, 3])) as Uint8Array;
    expect(pairingChannel(relay, phone.keys.publicKey)?.open(sealed)).toBeNull();
  });

  it('refuses a key of small order', () => {
    expect(pairingChannel(startPairing(), new Uint8Array(32))).toBeNull();
  });
});
