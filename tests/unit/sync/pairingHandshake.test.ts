// The pairing handshake over a link: both ends show one check code, messages are sealed,
// and anything not sealed by the other end closes the link.
import { describe, expect, it } from 'vitest';
import { groupCode, normalizeCrockford, randomCrockford } from '../../../src/core/encoding/crockford.ts';
import { memoryPairingLinks } from '../../../src/sync/MemoryPairingLink.ts';
import { PairingError } from '../../../src/sync/PairingLink.ts';
import { peerServerOf } from '../../../src/sync/PeerPairing.ts';
import { secureLink } from '../../../src/sync/pairingHandshake.ts';

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

describe('pairing codes', () => {
  it('are Crockford base32, grouped for reading, forgiving when typed', () => {
    const code = randomCrockford(8, random);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(groupCode('7K3MQ9XD')).toBe('7K3M-Q9XD');
    expect(normalizeCrockford(' 7k3m-q9xd ')).toBe('7K3MQ9XD');
    expect(normalizeCrockford('oil')).toBe('011');
    expect(normalizeCrockford('7K3U')).toBeNull();
  });

  it("find the PeerJS server beside the page's relay", () => {
    expect(peerServerOf('wss://buurt.example.nl/signal')).toEqual({
      host: 'buurt.example.nl',
      port: 443,
      secure: true,
      path: '/peerjs/',
    });
    expect(peerServerOf('ws://127.0.0.1:4321/signal')).toMatchObject({ host: '127.0.0.1', port: 4321, secure: false });
  });
});

describe('the pairing handshake', () => {
  it('gives both ends the same check code and a sealed channel', async () => {
    const [a, b] = memoryPairingLinks();
    const [left, right] = await Promise.all([secureLink(a), secureLink(b)]);
    expect(left.checkCode).toMatch(/^\d{6}$/);
    expect(left.checkCode).toBe(right.checkCode);
    left.send(new TextEncoder().encode('hallo'));
    expect(new TextDecoder().decode(await right.receive())).toBe('hallo');
  });

  it('closes the link on a message the other end did not seal', async () => {
    const [a, b] = memoryPairingLinks();
    const [left] = await Promise.all([secureLink(a), secureLink(b)]);
    b.send(new Uint8Array(64));
    await expect(left.receive()).rejects.toBeInstanceOf(PairingError);
  });

  it('refuses a pairing key that is not 32 bytes', async () => {
    const [a, b] = memoryPairingLinks();
    b.send(new Uint8Array(5));
    await expect(secureLink(a)).rejects.toBeInstanceOf(PairingError);
  });
});
