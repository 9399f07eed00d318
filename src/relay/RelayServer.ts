// One http server, one port: the static site (optional), y-webrtc signalling at /signal,
// a PeerJS server at /peerjs and /health. Upgrades are routed by path here, because two
// WebSocket servers attached to one http server reject each other's paths.
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import sirv from 'sirv';
import { refuseUpgrade } from './admitConnection.ts';
import { clientAddress } from './clientAddress.ts';
import { createPeerjsServer, defaultPeerjsLimits, type IdleTimer, type PeerjsLimits } from './peerjsServer.ts';
import { securityHeaders } from './securityHeaders.ts';
import { createSignallingServer, defaultSignallingLimits, type SignallingLimits } from './signalling.ts';

export const signallingPath = '/signal';
export const peerjsPath = '/peerjs';
export const healthPath = '/health';

export interface RelayLimits {
  signalling: SignallingLimits;
  peerjs: PeerjsLimits;
}

export const defaultRelayLimits: RelayLimits = { signalling: defaultSignallingLimits, peerjs: defaultPeerjsLimits };

export interface RelayOptions {
  host: string;
  port: number;
  /** Folder of the built site to serve; without it, only the relay runs. */
  staticDir?: string;
  /** Behind a reverse proxy on this machine: count clients by its X-Forwarded-For. */
  trustProxy?: boolean;
  /** Serve over HTTPS (and wss:) with this certificate and key, PEM; plain http without. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Any limit left out keeps its default. */
  limits?: { signalling?: Partial<SignallingLimits>; peerjs?: Partial<PeerjsLimits> };
  /** The timer that closes PeerJS connections that never pair; tests give their own. */
  peerjsIdleTimer?: IdleTimer;
}

export interface RelayStats {
  connections: number;
  topics: number;
  addresses: number;
  peerjsConnections: number;
}

export interface RunningRelay {
  server: Server | HttpsServer;
  /** http://host:port, or https:// with tls */
  url: string;
  stats(): RelayStats;
  close(): Promise<void>;
}

export function startRelay(options: RelayOptions): Promise<RunningRelay> {
  const app = express();
  app.disable('x-powered-by');
  app.use((_request, response, next) => {
    response.set(securityHeaders);
    next();
  });
  const server = options.tls
    ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, app)
    : createServer(app);
  const signalling = createSignallingServer({ ...defaultSignallingLimits, ...options.limits?.signalling });
  const peerjs = createPeerjsServer(
    server,
    { ...defaultPeerjsLimits, ...options.limits?.peerjs },
    options.peerjsIdleTimer,
  );
  const stats = (): RelayStats => ({ ...signalling.stats(), peerjsConnections: peerjs.stats().connections });

  // For a reverse proxy or monitoring: up or not, and counts; never who.
  app.get(healthPath, (_request, response) => {
    response.set('Cache-Control', 'no-store').json({ ok: true, ...stats() });
  });
  app.use(peerjsPath, peerjs.app);
  if (options.staticDir) {
    app.use(sirv(options.staticDir, { single: false, etag: true, gzip: false }));
  } else {
    app.get('/', (_request, response) => {
      response.type('text/plain').send('Buurtruil relay: signalling at /signal, PeerJS at /peerjs\n');
    });
  }
  // Express's own 404 and error pages would replace the security headers with theirs.
  app.use((_request, response) => {
    response.status(404).type('text/plain').send('Not found\n');
  });
  app.use((error: { status?: unknown }, _request: Request, response: Response, _next: NextFunction) => {
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 600 ? error.status : 500;
    response.status(status).type('text/plain').send(`${status}\n`);
  });

  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://relay').pathname;
    const address = clientAddress(request, options.trustProxy ?? false);
    if (path === signallingPath) {
      signalling.handleUpgrade(request, socket, head, address);
    } else if (path.startsWith(`${peerjsPath}/`)) {
      peerjs.handleUpgrade(request, socket, head, address);
    } else {
      refuseUpgrade(socket, 404, 'Not Found');
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
        stats,
        close: () =>
          new Promise<void>((done) => {
            signalling.close();
            peerjs.close();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
