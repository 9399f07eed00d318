// What the relay answers over plain HTTP: /health for a proxy or monitoring, and the
// security headers on every response, the site's, the relay's and its refusals.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../../src/relay/securityHeaders.ts';
import { closeAll, connect, open, testRelay } from './relayClients.ts';

afterEach(closeAll);

function expectSecurityHeaders(headers: Headers | IncomingMessage['headers']): void {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : headers[name.toLowerCase()]);
  for (const [name, value] of Object.entries(securityHeaders)) expect(get(name), name).toBe(value);
}

describe('GET /health', () => {
  it('says ok with counts only, never cached', async () => {
    const relay = await testRelay();
    await connect(relay);
    const response = await fetch(`${relay.url}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({ ok: true, connections: 1, topics: 0, addresses: 1, peerjsConnections: 0 });
    expectSecurityHeaders(response.headers);
  });

  it('is there when the relay serves the site too', async () => {
    const site = mkdtempSync(join(tmpdir(), 'buurtruil-site-'));
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>t</title>');
    const relay = await testRelay({ staticDir: site });
    expect(await (await fetch(`${relay.url}/health`)).json()).toMatchObject({ ok: true });
  });
});

describe('security headers', () => {
  it('are on the site, the relay page, PeerJS, /health and a 404', async () => {
    const site = mkdtempSync(join(tmpdir(), 'buurtruil-site-'));
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(site, 'app.js'), 'export {};');
    const withSite = await testRelay({ staticDir: site });
    const relayOnly = await testRelay();
    for (const url of [
      `${withSite.url}/`,
      `${withSite.url}/app.js`,
      `${withSite.url}/nowhere`,
      `${withSite.url}/%E0%A4%A`,
      `${withSite.url}/peerjs/nowhere`,
      `${relayOnly.url}/`,
      `${relayOnly.url}/health`,
      `${relayOnly.url}/peerjs/peerjs/id`,
      `${relayOnly.url}/nowhere`,
    ]) {
      const response = await fetch(url);
      expectSecurityHeaders(response.headers);
    }
  });

  it('are on a refused WebSocket upgrade', async () => {
    const relay = await testRelay();
    const socket = open(relay, '/elsewhere');
    const response = await new Promise<IncomingMessage>((resolve) =>
      socket.once('unexpected-response', (_request, res) => resolve(res)),
    );
    expect(response.statusCode).toBe(404);
    expectSecurityHeaders(response.headers);
  });

  it('say what the CSP must: frames from nowhere, relays over ws: and wss:, camera for the site only', () => {
    const csp = securityHeaders['Content-Security-Policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self' ws: wss:");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-');
    expect(securityHeaders['X-Frame-Options']).toBe('DENY');
    expect(securityHeaders['Permissions-Policy']).toContain('camera=(self)');
  });

  it('are listed in README as they are sent, for hosts other than the relay', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const [name, value] of Object.entries(securityHeaders)) expect(readme).toContain(`${name}: ${value}\n`);
  });
});
