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
import { limitMessageRate } from './limitMessageRate.ts';
import { isOverSendBuffer, watchSendBuffers } from './watchSendBuffers.ts';

export interface SignallingLimits extends ConnectionLimits {
  /** Most topics (rooms) one connection may subscribe to. */
  maxTopicsPerConnection: number;
  /**
   * Most connections subscribed to one topic: every publish is sent to each of them, so this
   * caps what one message costs the relay. A subscribe beyond it is refused with an error
   * message, not a close: y-webrtc's client reconnects at once after a close, and would
   * knock again and again.
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
  // A community centre's neighbours may all come from one NAT address: a few tabs each.
  maxConnectionsPerAddress: 64,
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
              send(conn, JSON.stringify({ type: 'error', reason: 'topic-full', topic: name }));
              continue;
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
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
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
