// Review #19, round four: what a relay's operator can still tie together with one
// signalling connection per room (docs/protocol.md §7). The tag `c` that gives a room its
// own connection stays the same for as long as the page keeps the room, through every
// knock and reconnection: a name for one device's room that the operator sees again from
// each address the device moves to (home Wi-Fi, mobile data, the community centre). Two
// such tags that move from one address to another at the same moment are one page — the
// lobby (the public poster's network) and a member room tied together, also behind a NAT
// that hides them among others, which §10 counts on. Nothing here is marked to fail.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import * as Y from 'yjs';

(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

const { WebrtcRoomNetwork } = await import('../../../src/sync/WebrtcRoomNetwork.ts');

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('a room that connects to the relay again', () => {
  it('does so under a tag the relay has not seen before: its tag follows no device from one address to the next', async () => {
    const urls: string[] = [];
    let wake: () => void = () => {};
    const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await once(server, 'listening');
    cleanups.push(() => server.close());
    server.on('connection', (socket, request) => {
      urls.push(request.url ?? '');
      wake();
      // The device moves to another network: the relay loses its connection.
      if (urls.length === 1) socket.terminate();
    });
    const relay = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/signal`;
    const link = new WebrtcRoomNetwork([relay]).join(new Y.Doc(), { name: 'br-Epoch0', password: 'p' });
    cleanups.push(() => link.leave());
    while (urls.length < 2) await new Promise<void>((resolve) => (wake = resolve));
    const tag = (url: string) => new URL(url, 'ws://relay').searchParams.get('c');
    expect(tag(urls[1] as string)).not.toBe(tag(urls[0] as string));
  }, 30_000);
});
