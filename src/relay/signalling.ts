// The y-webrtc signalling protocol (subscribe, unsubscribe, publish, ping), as in
// y-webrtc's bin/server.js, with limits: a relay on a community centre's LAN must not be
// knocked over by one broken or hostile client. It logs nothing about who talks to whom.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';

export interface SignallingLimits {
  /** Largest message accepted, in bytes; a larger one closes that connection (1009). */
  maxMessageBytes: number;
  /** Most topics (rooms) one connection may subscribe to. */
  maxTopicsPerConnection: number;
  /** Longest topic name, in characters. */
  maxTopicLength: number;
  /** Most connections at once. */
  maxConnections: number;
}

export const defaultSignallingLimits: SignallingLimits = {
  maxMessageBytes: 64 * 1024,
  maxTopicsPerConnection: 16,
  maxTopicLength: 200,
  maxConnections: 2000,
};

const pingIntervalMs = 30_000;

export interface SignallingServer {
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Counts only: how many connections and topics there are now. */
  stats(): { connections: number; topics: number };
  close(): void;
}

export function createSignallingServer(limits: SignallingLimits = defaultSignallingLimits): SignallingServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });
  const topics = new Map<string, Set<WebSocket>>();

  const send = (conn: WebSocket, message: unknown): void => {
    if (conn.readyState !== conn.OPEN) return;
    try {
      conn.send(JSON.stringify(message));
    } catch {
      conn.close();
    }
  };

  wss.on('connection', (conn: WebSocket) => {
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
              send(conn, { type: 'error', reason: 'too-many-topics' });
              break;
            }
            let subs = topics.get(name);
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
          const out = { ...message, clients: receivers.size };
          for (const receiver of receivers) send(receiver, out);
          break;
        }
        case 'ping':
          send(conn, { type: 'pong' });
          break;
      }
    });
  });

  return {
    handleUpgrade(request, socket, head) {
      if (wss.clients.size >= limits.maxConnections) {
        socket.end('HTTP/1.1 503 Service Unavailable\r\n\r\n');
        return;
      }
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
    },
    stats() {
      return { connections: wss.clients.size, topics: topics.size };
    },
    close() {
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
