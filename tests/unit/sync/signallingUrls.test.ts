import { describe, expect, it } from 'vitest';
import { signallingUrls } from '../../../src/sync/signallingUrls.ts';

describe('signallingUrls', () => {
  const page = new URL('https://buurt.example.nl/');

  it("uses the network's own relays first, skipping anything that is not ws: or wss:", () => {
    expect(signallingUrls(['ws://10.0.0.2:4321/signal', 'http://x'], 'wss://a.example/signal', page)).toEqual([
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
