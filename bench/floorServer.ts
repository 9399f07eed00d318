// A tiny HTTP server on loopback for the browser floors: an almost empty page (what the
// first paint of any page costs here) and the bytes a floor works on. Served over real
// HTTP like the site, so the floor pays the same loopback round trip the board does.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FloorServer {
  url: string;
  stop(): Promise<void>;
}

export const floorPage =
  '<!doctype html><html lang="nl"><meta charset="utf-8"><title>vloer</title>' +
  '<main><h1>Buurtruil</h1><label for="q">Zoeken</label> <input id="q" type="search"></main></html>';

export async function startFloorServer(files: Record<string, Uint8Array>): Promise<FloorServer> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = files[path];
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(floorPage);
    } else if (file) {
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.length });
      response.end(file);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
