// The y-webrtc signalling protocol (subscribe, unsubscribe, publish, ping), as in
// y-webrtc's bin/server.js, with limits: a relay on a community centre's LAN must not be
// knocked over by one broken or hostile client, nor by one address. It logs nothing about
// who talks to whom.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { admitConnection } from './admitConnection.ts';
import type { ConnectionLimits } from './ConnectionLimits.ts';
import { ConnectionsPerAddress } from './ConnectionsPerAddress.ts';
import { addressKey } from './clientAddress.ts';
import { limitMessageRate } from './limitMessageRate.ts';
import { isOverSendBuffer, watchSendBuffers } from './watchSendBuffers.ts';

export interface SignallingLimits extends ConnectionLimits {
  /** Most topics (rooms) one connection may subscribe to. */
  maxTopicsPerConnection: number;
  /**
   * Most connections subscribed to one topic: every publish is sent to each of them, so this
   * caps what one message costs the relay. A subscribe beyond it is refused with an error
   * message, not a close: y-webrtc's client reconnects at once after a close, and would
   * knock again and again. A full topic still takes a subscriber from an address that holds
   * fewer of its places than the address holding the most: the oldest subscriber of that
   * address is dropped for it (see fairPlace), so a few addresses cannot take a room.
   */
  maxSubscribersPerTopic: number;
  /** Longest topic name, in characters. */
  maxTopicLength: number;
}

export const defaultSignallingLimits: SignallingLimits = {
  maxMessageBytes: 64 * 1024,
  maxTopicsPerConnection: 16,
  // y-webrtc connects each peer to at most 34 others; 256 at once in one room is a big
  // neighbourhood's evening, and a flood's publish costs at most 256 sends.
  maxSubscribersPerTopic: 256,
  maxTopicLength: 200,
  maxConnections: 2000,
  // A community centre's neighbours may all come from one NAT address: a few tabs each, and
  // each room of a page has a connection of its own (a member's page 2, a coordinator's or
  // the kiosk's up to 11; src/sync/signallingPerRoom.ts).
  maxConnectionsPerAddress: 128,
  // Joining a room of y-webrtc's most (34) peers: an announce, then an offer or answer and
  // a few ICE candidates per peer, about 5 a peer, within a second or two.
  messages: { burst: 256, perSecond: 32, forgivenDrops: 64 },
  // Signalling messages are a few KiB; a client a MiB behind is not reading.
  maxBufferedBytes: 1024 * 1024,
  checkEveryMs: 5000,
};

const pingIntervalMs = 30_000;

export interface SignallingServer {
  /** Upgrades a request to /signal from `address` (see clientAddress.ts), or refuses it. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer, address: string): void;
  /** Counts only: how many connections, topics and distinct addresses there are now. */
  stats(): { connections: number; topics: number; addresses: number };
  close(): void;
}

export function createSignallingServer(limits: SignallingLimits = defaultSignallingLimits): SignallingServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });
  const topics = new Map<string, Set<WebSocket>>();
  /** Each connection's address key (a /64 for IPv6), for the fair share of a full topic. */
  const addressOf = new WeakMap<WebSocket, string>();
  /** Each connection's topics, so a dropped subscriber's own list stays true. */
  const topicsOf = new WeakMap<WebSocket, Set<string>>();
  const perAddress = new ConnectionsPerAddress(limits.maxConnectionsPerAddress);
  const stopWatching = watchSendBuffers(() => wss.clients, limits);

  const send = (conn: WebSocket, text: string): void => {
    // A receiver that does not read gets nothing more; watchSendBuffers ends it.
    if (conn.readyState !== conn.OPEN || isOverSendBuffer(conn, limits)) return;
    try {
      conn.send(text);
    } catch {
      conn.close();
    }
  };

  wss.on('connection', (conn: WebSocket) => {
    limitMessageRate(conn, limits.messages);
    const subscribed = new Set<string>();
    topicsOf.set(conn, subscribed);
    let alive = true;
    const pinger = setInterval(() => {
      if (!alive) {
        conn.terminate();
        return;
      }
      alive = false;
      conn.ping();
    }, pingIntervalMs);
    conn.on('pong', () => {
      alive = true;
    });
    // A socket error (e.g. an oversized frame) must not reach the process.
    conn.on('error', () => conn.terminate());
    conn.on('close', () => {
      clearInterval(pinger);
      for (const name of subscribed) {
        const subs = topics.get(name);
        subs?.delete(conn);
        if (subs?.size === 0) topics.delete(name);
      }
      subscribed.clear();
    });
    conn.on('message', (data, isBinary) => {
      if (isBinary) return;
      const message = parseMessage(data.toString());
      if (!message) return;
      switch (message.type) {
        case 'subscribe':
          for (const name of topicList(message.topics, limits.maxTopicLength)) {
            if (subscribed.has(name)) continue;
            if (subscribed.size >= limits.maxTopicsPerConnection) {
              send(conn, JSON.stringify({ type: 'error', reason: 'too-many-topics' }));
              break;
            }
            let subs = topics.get(name);
            if (subs && subs.size >= limits.maxSubscribersPerTopic) {
              const dropped = fairPlace(subs, addressOf.get(conn) ?? '', addressOf);
              if (!dropped) {
                send(conn, JSON.stringify({ type: 'error', reason: 'topic-full', topic: name }));
                continue;
              }
              subs.delete(dropped);
              topicsOf.get(dropped)?.delete(name);
              send(dropped, JSON.stringify({ type: 'error', reason: 'topic-full', topic: name }));
            }
            if (!subs) {
              subs = new Set();
              topics.set(name, subs);
            }
            subs.add(conn);
            subscribed.add(name);
          }
          break;
        case 'unsubscribe':
          for (const name of topicList(message.topics, limits.maxTopicLength)) {
            const subs = topics.get(name);
            subs?.delete(conn);
            if (subs?.size === 0) topics.delete(name);
            subscribed.delete(name);
          }
          break;
        case 'publish': {
          if (typeof message.topic !== 'string' || !subscribed.has(message.topic)) break;
          const receivers = topics.get(message.topic);
          if (!receivers) break;
          const out = JSON.stringify({ ...message, clients: receivers.size });
          for (const receiver of receivers) send(receiver, out);
          break;
        }
        case 'ping':
          send(conn, JSON.stringify({ type: 'pong' }));
          break;
      }
    });
  });

  return {
    handleUpgrade(request, socket, head, address) {
      const admitted = admitConnection(socket, {
        open: wss.clients.size,
        maxConnections: limits.maxConnections,
        perAddress,
        address,
      });
      if (!admitted) return;
      wss.handleUpgrade(request, socket, head, (ws) => {
        addressOf.set(ws, addressKey(address));
        wss.emit('connection', ws, request);
      });
    },
    stats() {
      return { connections: wss.clients.size, topics: topics.size, addresses: perAddress.addresses };
    },
    close() {
      stopWatching();
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}

/**
 * Who gives up a place in a full topic to a newcomer from `address`: the oldest subscriber
 * of the address holding the most places, if the newcomer's address holds fewer than that;
 * else no one (the newcomer is refused). So a flood from a few addresses is pared down one
 * place at a time, while many neighbours behind one NAT keep their places as long as no
 * other address holds more. Costs one pass over the topic (at most its cap).
 */
export function fairPlace<T>(subscribers: Iterable<T>, address: string, addressOf: WeakMap<object, string>): T | null {
  const held = new Map<string, { count: number; oldest: T }>();
  for (const subscriber of subscribers) {
    const key = addressOf.get(subscriber as object) ?? '';
    const entry = held.get(key);
    if (entry) entry.count++;
    else held.set(key, { count: 1, oldest: subscriber });
  }
  // Map order is first-subscribed order: on a tie, the address whose oldest came first.
  let most: { count: number; oldest: T } | null = null;
  for (const entry of held.values()) if (!most || entry.count > most.count) most = entry;
  const mine = held.get(address)?.count ?? 0;
  return most && mine < most.count ? most.oldest : null;
}

interface SignallingMessage {
  type: string;
  topics?: unknown;
  topic?: unknown;
  [key: string]: unknown;
}

function parseMessage(text: string): SignallingMessage | null {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string') {
      return value as SignallingMessage;
    }
  } catch {
    // Malformed JSON is ignored; the connection stays.
  }
  return null;
}

function topicList(value: unknown, maxLength: number): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (name): name is string => typeof name === 'string' && name.length > 0 && name.length <= maxLength,
  );
}
