// The PeerJS server (pairing a device, provisioning the kiosk), under the same kind of
// limits as signalling: a cap in total and per address, a message size, a message rate
// and a send buffer. Its WebSocket server is ours (noServer), so RelayServer routes the
// upgrades and every limit is applied before the PeerJS code sees a connection.
// Places are fair as in a full signalling room (fairPlace), and a connection that pairs with
// no one is closed after a short idle time, so idle squatters cannot hold every place.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { ExpressPeerServer } from 'peer';
import { type WebSocket, WebSocketServer } from 'ws';
import { admitConnection } from './admitConnection.ts';
import type { ConnectionLimits } from './ConnectionLimits.ts';
import { ConnectionsPerAddress } from './ConnectionsPerAddress.ts';
import { addressKey } from './clientAddress.ts';
import { limitMessageRate } from './limitMessageRate.ts';
import { fairPlace } from './signalling.ts';
import { watchSendBuffers } from './watchSendBuffers.ts';

export interface PeerjsLimits extends ConnectionLimits {
  /**
   * A connection that has not paired (sent or been sent an OFFER or ANSWER) this long after
   * it opened is closed, in ms: long enough for an older neighbour to type a code slowly,
   * short enough that idle sockets cannot hold the server's places for long.
   */
  maxUnpairedMs: number;
}

/** The timer the idle close runs on; tests give their own, so they need not sleep. */
export interface IdleTimer {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimer: IdleTimer = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export const defaultPeerjsLimits: PeerjsLimits = {
  // Pairings are rare and short: a phone and a laptop, a kiosk being set up.
  maxConnections: 500,
  maxConnectionsPerAddress: 16,
  // OFFER/ANSWER carry one SDP for data channels only (about 1 KiB); CANDIDATE less.
  maxMessageBytes: 16 * 1024,
  // One offer, one answer, a few candidates per pairing, a HEARTBEAT every 5 s.
  messages: { burst: 32, perSecond: 4, forgivenDrops: 16 },
  maxBufferedBytes: 256 * 1024,
  checkEveryMs: 5000,
  maxUnpairedMs: 10 * 60_000,
};

export interface PeerjsServer {
  /** The express app serving /peerjs/id; mount it at the PeerJS path. */
  app: ReturnType<typeof ExpressPeerServer>;
  /** Upgrades a PeerJS client socket from `address`, or refuses it. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer, address: string): void;
  /** Counts only. */
  stats(): { connections: number };
  close(): void;
}

export function createPeerjsServer(
  server: Server,
  limits: PeerjsLimits = defaultPeerjsLimits,
  timer: IdleTimer = realTimer,
): PeerjsServer {
  const perAddress = new ConnectionsPerAddress(limits.maxConnectionsPerAddress);
  let wss: WebSocketServer | undefined;
  /** The connections holding a place, oldest first: one dropped for fairness leaves at once. */
  const live = new Set<WebSocket>();
  const addressOf = new WeakMap<WebSocket, string>();
  /** Who holds each peer id, to mark both ends of an OFFER or ANSWER as paired. */
  const byId = new Map<string, WebSocket>();
  const paired = new WeakSet<WebSocket>();
  const app = ExpressPeerServer(server, {
    path: '/',
    // Never let a client fall back on a public broker: this server is the broker.
    allow_discovery: false,
    // Our admission is the cap; the library's own is only a backstop, with room for the
    // connections dropped for fairness that have not yet closed.
    concurrent_limit: 2 * limits.maxConnections,
    createWebSocketServer: (options) => {
      wss = new WebSocketServer({ noServer: true, path: options.path, maxPayload: limits.maxMessageBytes });
      return wss;
    },
  });
  // The PeerJS server re-emits socket errors and unparsable messages as 'error' on its
  // app; without a listener that would throw and end the relay.
  app.on('error', () => {});
  const clients = () => wss?.clients ?? new Set();
  const stopWatching = watchSendBuffers(clients, limits);

  /** Holds a place for `ws` until it closes, and closes it if it pairs with no one in time. */
  function watchPairing(ws: WebSocket, key: string, id: string): void {
    live.add(ws);
    addressOf.set(ws, key);
    if (id && !byId.has(id)) byId.set(id, ws);
    const idle = timer.set(() => {
      if (!paired.has(ws)) ws.terminate();
    }, limits.maxUnpairedMs);
    ws.on('message', (data, isBinary) => {
      if (isBinary || paired.has(ws)) return;
      const dst = pairingTarget(String(data));
      if (dst === null) return;
      paired.add(ws);
      const other = byId.get(dst);
      if (other) paired.add(other);
    });
    ws.once('close', () => {
      timer.clear(idle);
      live.delete(ws);
      if (byId.get(id) === ws) byId.delete(id);
    });
  }

  return {
    app,
    handleUpgrade(request, socket, head, address) {
      // The PeerJS server makes its WebSocket server only once it is mounted.
      const sockets = wss;
      if (!sockets) {
        socket.destroy();
        return;
      }
      const key = addressKey(address);
      if (live.size >= limits.maxConnections) {
        // Full: an address holding fewer places than the one holding most still gets one.
        const dropped = fairPlace(live, key, addressOf);
        if (dropped) {
          live.delete(dropped);
          dropped.terminate();
        }
      }
      const admitted = admitConnection(socket, {
        open: live.size,
        maxConnections: limits.maxConnections,
        perAddress,
        address,
      });
      if (!admitted) return;
      sockets.handleUpgrade(request, socket, head, (ws) => {
        limitMessageRate(ws, limits.messages);
        watchPairing(ws, key, new URL(request.url ?? '/', 'http://relay').searchParams.get('id') ?? '');
        sockets.emit('connection', ws, request);
      });
    },
    stats() {
      return { connections: live.size };
    },
    close() {
      stopWatching();
      for (const client of clients()) client.terminate();
      wss?.close();
    },
  };
}

/** The peer an OFFER or ANSWER goes to (the start of a data connection), or null for any other message. */
function pairingTarget(text: string): string | null {
  try {
    const message = JSON.parse(text) as { type?: unknown; dst?: unknown };
    if ((message.type === 'OFFER' || message.type === 'ANSWER') && typeof message.dst === 'string') {
      return message.dst;
    }
  } catch {
    // The PeerJS server itself answers unparsable messages.
  }
  return null;
}
