import { describe, expect, it } from 'vitest';
import { formatRoomFragment, newRoomAddress, parseRoomFragment } from '../../src/sync/RoomAddress.ts';
import { signallingUrls } from '../../src/sync/signallingUrls.ts';

const random = (length: number) => crypto.getRandomValues(new Uint8Array(length));

describe('room links', () => {
  it('round-trips a new address through the fragment', () => {
    const address = { ...newRoomAddress(random), relays: ['wss://relay.example.nl/signal'] };
    expect(parseRoomFragment(formatRoomFragment(address))).toEqual({ kind: 'room', address });
  });

  it('says "none" for a page without a room', () => {
    expect(parseRoomFragment('')).toEqual({ kind: 'none' });
    expect(parseRoomFragment('#')).toEqual({ kind: 'none' });
    expect(parseRoomFragment('#top')).toEqual({ kind: 'none' });
  });

  it('says "invalid" for a mangled or tampered link', () => {
    const good = formatRoomFragment(newRoomAddress(random));
    const tampered = [
      good.slice(0, -5),
      good.replace('key=', 'key=%%'),
      good.replace(/room=[^&]+/, 'room=short'),
      '#room=abc',
      `${good}&relay=http://evil.example/`,
      `${good}&relay=javascript:alert(1)`,
    ];
    for (const hash of tampered) expect(parseRoomFragment(hash)).toEqual({ kind: 'invalid' });
  });
});

describe('signallingUrls', () => {
  const page = new URL('https://buurt.example.nl/');

  it('uses the relays in the link first', () => {
    expect(signallingUrls(['ws://10.0.0.2:4321/signal'], 'wss://a.example/signal', page)).toEqual([
      'ws://10.0.0.2:4321/signal',
    ]);
  });

  it('then the relays the site was built with', () => {
    expect(signallingUrls([], 'wss://a.example/signal, bogus ,wss://b.example/signal', page)).toEqual([
      'wss://a.example/signal',
      'wss://b.example/signal',
    ]);
  });

  it('else the relay that serves the page, ws for http and wss for https', () => {
    expect(signallingUrls([], undefined, page)).toEqual(['wss://buurt.example.nl/signal']);
    expect(signallingUrls([], '', new URL('http://127.0.0.1:4321/'))).toEqual(['ws://127.0.0.1:4321/signal']);
  });
});
