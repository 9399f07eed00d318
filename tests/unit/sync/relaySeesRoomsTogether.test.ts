// Review of #19 (outside), the relay's operator: docs/protocol.md §6 says room names come
// from secrets, so "the relay's operator cannot tell which network a room is". But y-webrtc
// keeps one signalling connection per relay URL for every room of a page, and subscribes
// all of them in one message: a coordinator's (or the kiosk's) page, which keeps the lobby
// open beside the member room, shows the operator that this member room belongs to the
// lobby whose name follows from the public poster. From then on the operator knows which
// network's members every address in that member room are (and the rooms of later epochs,
// subscribed on the same connection beside the old one).
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

describe("what the relay's operator sees of a coordinator's page", () => {
  it('the lobby and the member room are never subscribed on one signalling connection', async () => {
    // The operator's relay: it only notes which topics each connection subscribes to.
    const operator = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await once(operator, 'listening');
    const topicsOf = new Map<WebSocket, Set<string>>();
    let seen = new Set<string>();
    let heard: () => void = () => {};
    operator.on('connection', (socket) => {
      topicsOf.set(socket, new Set());
      socket.on('message', (data) => {
        const message = JSON.parse(String(data));
        if (message.type !== 'subscribe') return;
        for (const topic of message.topics) {
          topicsOf.get(socket)?.add(topic);
          seen.add(topic);
        }
        heard();
      });
    });
    const url = `ws://127.0.0.1:${(operator.address() as AddressInfo).port}`;
    const network = new WebrtcRoomNetwork([url]);
    const lobby = { name: 'br-lobby-PosterPosterPosterPost', password: 'lobby secret' };
    const member = { name: 'br-SecretSecretSecretSecre', password: 'room secret' };
    const links = [network.join(new Y.Doc(), lobby), network.join(new Y.Doc(), member)];
    cleanups.push(() => {
      for (const link of links) link.leave();
      operator.close();
    });
    while (!(seen.has(lobby.name) && seen.has(member.name))) {
      await new Promise<void>((resolve) => {
        heard = resolve;
      });
    }
    seen = new Set();
    const together = [...topicsOf.values()].filter((topics) => topics.has(lobby.name) && topics.has(member.name));
    expect(together).toEqual([]);
  }, 30_000);
});
