// One http server, one port: the static site (optional), y-webrtc signalling at /signal
// and a PeerJS server at /peerjs. Upgrades are routed by path here, because two
// WebSocket servers attached to one http server reject each other's paths.
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ExpressPeerServer } from 'peer';
import sirv from 'sirv';
import { WebSocketServer } from 'ws';
import { createSignallingServer, defaultSignallingLimits, type SignallingLimits } from './signalling.ts';

export const signallingPath = '/signal';
export const peerjsPath = '/peerjs';

export interface RelayOptions {
  host: string;
  port: number;
  /** Folder of the built site to serve; without it, only the relay runs. */
  staticDir?: string;
  limits?: SignallingLimits;
  /** Serve over HTTPS (and wss:) with this certificate and key, PEM; plain http without. */
  tls?: { cert: string | Buffer; key: string | Buffer };
}

export interface RunningRelay {
  server: Server | HttpsServer;
  /** http://host:port, or https:// with tls */
  url: string;
  stats(): { connections: number; topics: number };
  close(): Promise<void>;
}

export function startRelay(options: RelayOptions): Promise<RunningRelay> {
  const app = express();
  app.disable('x-powered-by');
  const server = options.tls
    ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, app)
    : createServer(app);
  const signalling = createSignallingServer(options.limits ?? defaultSignallingLimits);

  let peerWss: WebSocketServer | undefined;
  const peerApp = ExpressPeerServer(server, {
    path: '/',
    // Never let a client fall back on a public broker: this server is the broker.
    allow_discovery: false,
    createWebSocketServer: (wsOptions) => {
      peerWss = new WebSocketServer({ noServer: true, path: wsOptions.path, maxPayload: 64 * 1024 });
      return peerWss;
    },
  });
  app.use(peerjsPath, peerApp);

  if (options.staticDir) {
    app.use(sirv(options.staticDir, { single: false, etag: true, gzip: false }));
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Buurtruil relay: signalling at /signal, PeerJS at /peerjs\n');
    });
  }

  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://relay').pathname;
    if (path === signallingPath) {
      signalling.handleUpgrade(request, socket, head);
    } else if (peerWss && path.startsWith(`${peerjsPath}/`)) {
      const wss = peerWss;
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
    } else {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        server,
        url: `${options.tls ? 'https' : 'http'}://${host}:${address.port}`,
        stats: () => signalling.stats(),
        close: () =>
          new Promise<void>((done) => {
            signalling.close();
            for (const client of peerWss?.clients ?? []) client.terminate();
            peerWss?.close();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
