// Relays and WebSocket clients for the relay's unit tests: every relay listens on
// 127.0.0.1, every socket and relay is closed by `closeAll` after each test.
import { once } from 'node:events';
import { WebSocket } from 'ws';
import { type RelayOptions, type RunningRelay, startRelay } from '../../../src/relay/RelayServer.ts';

const relays: RunningRelay[] = [];
const sockets: WebSocket[] = [];

export async function testRelay(options: Partial<RelayOptions> = {}): Promise<RunningRelay> {
  const relay = await startRelay({ host: '127.0.0.1', port: 0, ...options });
  relays.push(relay);
  return relay;
}

export async function closeAll(): Promise<void> {
  for (const socket of sockets.splice(0)) {
    // Ending a socket still in its handshake reports an error: expected here.
    socket.on('error', () => {});
    socket.terminate();
  }
  for (const relay of relays.splice(0)) await relay.close();
}

export interface ConnectOptions {
  /** A source address on loopback (127.0.0.2, ...): another "address" for per-address caps. */
  from?: string;
  headers?: Record<string, string>;
}

/** Opens a socket; rejects with the HTTP status (e.g. "Unexpected server response: 429") if refused. */
export function connect(relay: RunningRelay, path = '/signal', options: ConnectOptions = {}): Promise<WebSocket> {
  const socket = open(relay, path, options);
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** A socket before it is open: for protocols that answer in the same packet as the handshake. */
export function open(relay: RunningRelay, path: string, options: ConnectOptions = {}): WebSocket {
  const socket = new WebSocket(relay.url.replace('http', 'ws') + path, {
    ...(options.from ? { localAddress: options.from } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  sockets.push(socket);
  inboxes.set(socket, new Inbox(socket));
  return socket;
}

/**
 * Every message a socket receives, from its start: ws may emit several in one tick, so a
 * listener added after each message would miss some.
 */
class Inbox {
  readonly all: Record<string, unknown>[] = [];
  private taken = 0;
  private waiting: (() => void) | null = null;

  constructor(socket: WebSocket) {
    socket.on('message', (data) => {
      this.all.push(JSON.parse(String(data)));
      this.waiting?.();
    });
  }

  async next(): Promise<Record<string, unknown>> {
    while (this.taken >= this.all.length) {
      await new Promise<void>((resolve) => {
        this.waiting = resolve;
      });
    }
    return this.all[this.taken++] as Record<string, unknown>;
  }
}

const inboxes = new WeakMap<WebSocket, Inbox>();

function inbox(socket: WebSocket): Inbox {
  const found = inboxes.get(socket);
  if (!found) throw new Error('not a socket of relayClients');
  return found;
}

/** Every message this socket has received so far. */
export function received(socket: WebSocket): Record<string, unknown>[] {
  return inbox(socket).all;
}

/** A PeerJS client socket with this id. */
export function peerjsClient(relay: RunningRelay, id: string, options: ConnectOptions = {}): WebSocket {
  return open(relay, `/peerjs/peerjs?key=peerjs&id=${id}&token=t-${id}`, options);
}

/** The next message not yet taken by nextMessage. */
export function nextMessage(socket: WebSocket): Promise<Record<string, unknown>> {
  return inbox(socket).next();
}

export async function closed(socket: WebSocket): Promise<number> {
  if (socket.readyState === socket.CLOSED) throw new Error('already closed');
  const [code] = await once(socket, 'close');
  return code as number;
}

export async function roundTrip(socket: WebSocket): Promise<void> {
  socket.send(JSON.stringify({ type: 'ping' }));
  for (;;) if ((await nextMessage(socket)).type === 'pong') return;
}

export async function subscribe(socket: WebSocket, topics: unknown): Promise<void> {
  socket.send(JSON.stringify({ type: 'subscribe', topics }));
  // A ping round trip tells us the subscribe was handled.
  await roundTrip(socket);
}
