// Pairing two devices (version 3): the check codes match exactly when both ends saw the same
// keys and nonces, the channel opens each message once and in order, and each handshake
// message is read only in its one exact form.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeCanonical } from '../../../src/core/encoding/canonical.ts';
import {
  type PairingTranscript,
  pairingChannel,
  pairingCheckCode,
  pairingCommitment,
  startPairing,
} from '../../../src/core/pairing.ts';
import { encodePairingMessage, readPairingMessage } from '../../../src/core/pairingMessages.ts';

function pair() {
  const phone = startPairing();
  const laptop = startPairing();
  const transcript: PairingTranscript = {
    keyA: phone.keys.publicKey,
    keyB: laptop.keys.publicKey,
    nonceA: phone.nonce,
    nonceB: laptop.nonce,
  };
  return { phone, laptop, transcript };
}

describe('pairing', () => {
  it('both ends show the same code and can talk, each way', () => {
    const { phone, laptop, transcript } = pair();
    expect(pairingCheckCode(transcript)).toMatch(/^\d{6}$/);
    const fromPhone = pairingChannel(phone, 'opener', transcript);
    const toLaptop = pairingChannel(laptop, 'answerer', transcript);
    const message = new TextEncoder().encode('het netwerk');
    expect(toLaptop?.open(fromPhone?.seal(message) as Uint8Array)).toEqual(message);
    expect(fromPhone?.open(toLaptop?.seal(message) as Uint8Array)).toEqual(message);
  });

  it('the code is the formula of docs/protocol.md §9, written out', () => {
    const { transcript: t } = pair();
    const digest = createHash('sha256')
      .update(encodeCanonical(['buurtruil pairing check v3', t.keyA, t.keyB, t.nonceA, t.nonceB]))
      .digest();
    const expected = (digest.readBigUInt64BE(0) % 1_000_000n).toString().padStart(6, '0');
    expect(pairingCheckCode(t)).toBe(expected);
  });

  it('the code changes with either key and either nonce', () => {
    const { transcript } = pair();
    const other = startPairing();
    const code = pairingCheckCode(transcript);
    expect(pairingCheckCode({ ...transcript, keyA: other.keys.publicKey })).not.toBe(code);
    expect(pairingCheckCode({ ...transcript, keyB: other.keys.publicKey })).not.toBe(code);
    expect(pairingCheckCode({ ...transcript, nonceA: other.nonce })).not.toBe(code);
    expect(pairingCheckCode({ ...transcript, nonceB: other.nonce })).not.toBe(code);
    // The sides are part of it: the same keys the other way round give another code.
    const swapped = {
      keyA: transcript.keyB,
      keyB: transcript.keyA,
      nonceA: transcript.nonceB,
      nonceB: transcript.nonceA,
    };
    expect(pairingCheckCode(swapped)).not.toBe(code);
  });

  it('a commitment binds both the key and the nonce', () => {
    const { phone } = pair();
    const other = startPairing();
    const commitment = pairingCommitment(phone.keys.publicKey, phone.nonce);
    expect(commitment).toEqual(
      // The formula of docs/protocol.md, written out.
      new Uint8Array(
        createHash('sha256')
          .update(encodeCanonical(['buurtruil pairing commit v3', phone.keys.publicKey, phone.nonce]))
          .digest(),
      ),
    );
    expect(pairingCommitment(other.keys.publicKey, phone.nonce)).not.toEqual(commitment);
    expect(pairingCommitment(phone.keys.publicKey, other.nonce)).not.toEqual(commitment);
  });

  it('a sealed message opens once, in order, and only at the other end', () => {
    const { phone, laptop, transcript } = pair();
    const fromPhone = pairingChannel(phone, 'opener', transcript);
    const toLaptop = pairingChannel(laptop, 'answerer', transcript);
    const first = fromPhone?.seal(new Uint8Array([1])) as Uint8Array;
    const second = fromPhone?.seal(new Uint8Array([2])) as Uint8Array;
    // Sent back to its sender: the other direction has its own key.
    expect(pairingChannel(phone, 'opener', transcript)?.open(first)).toBeNull();
    // Out of order, then in order, then again.
    expect(toLaptop?.open(second)).toBeNull();
    expect(toLaptop?.open(first)).toEqual(new Uint8Array([1]));
    expect(toLaptop?.open(first)).toBeNull();
    expect(toLaptop?.open(second)).toEqual(new Uint8Array([2]));
  });

  it('a relay that holds only public keys cannot read what crosses', () => {
    const { phone, laptop, transcript } = pair();
    const relay = startPairing();
    const sealed = pairingChannel(phone, 'opener', transcript)?.seal(new Uint8Array([1, 2, 3])) as Uint8Array;
    const relayAsLaptop = { ...relay, keys: { ...relay.keys, publicKey: laptop.keys.publicKey } };
    expect(pairingChannel(relayAsLaptop, 'answerer', transcript)?.open(sealed)).toBeNull();
  });

  it('refuses a key of small order', () => {
    const { phone, transcript } = pair();
    expect(pairingChannel(phone, 'opener', { ...transcript, keyB: new Uint8Array(32) })).toBeNull();
  });
});

describe('pairing messages', () => {
  const end = startPairing();
  const commit = encodePairingMessage({ kind: 'commit', commitment: pairingCommitment(end.keys.publicKey, end.nonce) });
  const key = encodePairingMessage({ kind: 'key', key: end.keys.publicKey, nonce: end.nonce });
  const reveal = encodePairingMessage({ kind: 'reveal', key: end.keys.publicKey, nonce: end.nonce });

  it('reads each message as the kind it is, and as no other', () => {
    expect(readPairingMessage(commit, 'commit')?.commitment).toEqual(pairingCommitment(end.keys.publicKey, end.nonce));
    expect(readPairingMessage(key, 'key')).toEqual({ kind: 'key', key: end.keys.publicKey, nonce: end.nonce });
    expect(readPairingMessage(reveal, 'reveal')).toEqual({ kind: 'reveal', key: end.keys.publicKey, nonce: end.nonce });
    expect(readPairingMessage(commit, 'key')).toBeNull();
    expect(readPairingMessage(key, 'reveal')).toBeNull();
    expect(readPairingMessage(reveal, 'key')).toBeNull();
    expect(readPairingMessage(reveal, 'commit')).toBeNull();
  });

  it('refuses a byte more or less, another version, another shape, another encoding', () => {
    const longer = new Uint8Array(commit.length + 1);
    longer.set(commit);
    expect(readPairingMessage(longer, 'commit')).toBeNull();
    expect(readPairingMessage(commit.subarray(1), 'commit')).toBeNull();
    expect(readPairingMessage(end.keys.publicKey, 'key')).toBeNull(); // a version-2 device's bare key
    expect(readPairingMessage(encodeCanonical([2, 'key', end.keys.publicKey, end.nonce]), 'key')).toBeNull();
    expect(
      readPairingMessage(encodeCanonical([3, 'key', end.keys.publicKey, end.nonce.subarray(1)]), 'key'),
    ).toBeNull();
    expect(
      readPairingMessage(encodeCanonical({ 0: 3, 1: 'key', 2: end.keys.publicKey, 3: end.nonce }), 'key'),
    ).toBeNull();
  });
});
