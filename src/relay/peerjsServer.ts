// The PeerJS server (pairing a device, provisioning the kiosk), under the same kind of
// limits as signalling: a cap in total and per address, a message size, a message rate
// and a send buffer. Its WebSocket server is ours (noServer), so RelayServer routes the
// upgrades and every limit is applied before the PeerJS code sees a connection.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { ExpressPeerServer } from 'peer';
import { WebSocketServer } from 'ws';
import { admitConnection } from './admitConnection.ts';
import type { ConnectionLimits } from './ConnectionLimits.ts';
import { ConnectionsPerAddress } from './ConnectionsPerAddress.ts';
import { limitMessageRate } from './limitMessageRate.ts';
import { watchSendBuffers } from './watchSendBuffers.ts';

export type PeerjsLimits = ConnectionLimits;

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

export function createPeerjsServer(server: Server, limits: PeerjsLimits = defaultPeerjsLimits): PeerjsServer {
  const perAddress = new ConnectionsPerAddress(limits.maxConnectionsPerAddress);
  let wss: WebSocketServer | undefined;
  const app = ExpressPeerServer(server, {
    path: '/',
    // Never let a client fall back on a public broker: this server is the broker.
    allow_discovery: false,
    concurrent_limit: limits.maxConnections,
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

  return {
    app,
    handleUpgrade(request, socket, head, address) {
      // The PeerJS server makes its WebSocket server only once it is mounted.
      const sockets = wss;
      if (!sockets) {
        socket.destroy();
        return;
      }
      const admitted = admitConnection(socket, {
        open: sockets.clients.size,
        maxConnections: limits.maxConnections,
        perAddress,
        address,
      });
      if (!admitted) return;
      sockets.handleUpgrade(request, socket, head, (ws) => {
        limitMessageRate(ws, limits.messages);
        sockets.emit('connection', ws, request);
      });
    },
    stats() {
      return { connections: clients().size };
    },
    close() {
      stopWatching();
      for (const client of clients()) client.terminate();
      wss?.close();
    },
  };
}
