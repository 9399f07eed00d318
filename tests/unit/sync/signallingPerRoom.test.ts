// What a relay's operator sees of a coordinator's page with every room it may hold (the
// lobby, the member room, 9 notice rooms) on two relays: each signalling connection names
// one room only, in everything it sends (subscribe, publish, unsubscribe), also after a
// room knocks again (WebrtcRoomLink.knockIfAlone) and after the page moves to a new epoch;
// and each connection is under a tag of its own, a knock's too (§7).
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import * as Y from 'yjs';

(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

const { WebrtcRoomNetwork } = await import('../../../src/sync/WebrtcRoomNetwork.ts');
const { roomSignallingUrl } = await import('../../../src/sync/signallingPerRoom.ts');

interface Seen {
  relay: number;
  url: string;
  topics: Set<string>;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A relay that only notes, per connection, its URL and every topic it names. */
async function operator(relay: number, seen: Seen[], heard: () => void): Promise<string> {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await once(server, 'listening');
  cleanups.push(() => server.close());
  server.on('connection', (socket, request) => {
    const connection: Seen = { relay, url: request.url ?? '', topics: new Set() };
    seen.push(connection);
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      for (const topic of message.topics ?? (message.topic ? [message.topic] : [])) connection.topics.add(topic);
      heard();
    });
  });
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}/signal`;
}

describe("a coordinator's page with all its rooms on two relays", () => {
  it('names one room per signalling connection, after knocking again and moving to a new epoch too', async () => {
    const seen: Seen[] = [];
    let wake: () => void = () => {};
    const heard = () => wake();
    const until = async (condition: () => boolean) => {
      while (!condition()) await new Promise<void>((resolve) => (wake = resolve));
    };
    const relays = [await operator(0, seen, heard), await operator(1, seen, heard)];
    const network = new WebrtcRoomNetwork(relays);
    const rooms = ['br-lobby-Poster', 'br-Epoch0', ...Array.from({ length: 9 }, (_, e) => `br-notice-${e}`)];
    const links = new Map(rooms.map((name) => [name, network.join(new Y.Doc(), { name, password: 'p' })]));
    cleanups.push(() => {
      for (const link of links.values()) link.leave();
    });
    // Every room announced itself on both relays.
    const named = (name: string, relay: number) => seen.some((c) => c.relay === relay && c.topics.has(name));
    await until(() => rooms.every((name) => named(name, 0) && named(name, 1)));
    // The page moves to epoch 1: it leaves the old member room and joins the new one.
    links.get('br-Epoch0')?.leave();
    links.delete('br-Epoch0');
    links.set('br-Epoch1', network.join(new Y.Doc(), { name: 'br-Epoch1', password: 'p' }));
    await until(() => named('br-Epoch1', 0) && named('br-Epoch1', 1));
    // No peer comes, so after 5 s each room knocks again on a fresh connection.
    const knocked = () =>
      seen.some((c, i) =>
        seen.some((d, j) => i !== j && c.relay === d.relay && c.topics.has('br-Epoch1') && d.topics.has('br-Epoch1')),
      );
    await until(() => knocked() && seen.every((c) => c.topics.size > 0));

    for (const connection of seen) {
      expect(connection.topics.size, `${connection.url} names ${[...connection.topics]}`).toBe(1);
      expect(new URL(connection.url, 'ws://relay').pathname).toBe('/signal');
    }
    // Every connection has a tag the relay never saw before: a knock comes back under a new one.
    const tags = seen.map((c) => new URL(c.url, 'ws://relay').searchParams.get('c'));
    expect(new Set(tags).size).toBe(seen.length);
    expect(new Set(seen.flatMap((c) => [...c.topics]))).toEqual(new Set([...rooms, 'br-Epoch1']));
  }, 30_000);
});

describe('a room signalling URL', () => {
  it('keeps the relay, its path and its query, and adds a tag of its own for each room', () => {
    const one = new URL(roomSignallingUrl('wss://relay.example/signal?region=eu'));
    const two = new URL(roomSignallingUrl('wss://relay.example/signal?region=eu'));
    expect([one.host, one.pathname, one.searchParams.get('region')]).toEqual(['relay.example', '/signal', 'eu']);
    expect(one.searchParams.get('c')).toMatch(/^[0-9a-f]{18}$/);
    expect(one.searchParams.get('c')).not.toBe(two.searchParams.get('c'));
    expect(new URL(roomSignallingUrl('ws://127.0.0.1:4444')).pathname).toBe('/');
  });
});
