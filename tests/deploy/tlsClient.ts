// HTTPS and WSS requests to a name that only this test knows (it resolves to 127.0.0.1),
// trusting only the test's own CA: a certificate that does not chain to it fails.
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { WebSocket } from 'ws';

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Every name is 127.0.0.1: the test's own DNS. */
export const loopbackLookup: LookupFunction = (_hostname, options, callback) => {
  if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
};

export function get(url: string, ca: string | undefined, headers: Record<string, string> = {}): Promise<Answer> {
  const request = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { lookup: loopbackLookup, headers, ...(ca ? { ca } : {}) }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.setTimeout(15_000, () => outgoing.destroy(new Error(`no answer from ${url}`)));
    outgoing.end();
  });
}

export function openSocket(url: string, ca: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { ca, lookup: loopbackLookup, handshakeTimeout: 15_000 });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** The next text message on `socket` that `accept` takes. */
export function nextMessage(
  socket: WebSocket,
  accept: (message: Record<string, unknown>) => boolean = () => true,
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error('no message within 15 s')), 15_000);
    const onMessage = (data: Buffer) => {
      const message = JSON.parse(data.toString()) as Record<string, unknown>;
      if (accept(message)) done(null, message);
    };
    const done = (error: Error | null, message?: Record<string, unknown>) => {
      clearTimeout(timer);
      socket.off('message', onMessage);
      if (error || !message) reject(error);
      else resolve(message);
    };
    socket.on('message', onMessage);
  });
}
