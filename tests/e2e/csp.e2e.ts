// The built site under its own security headers (src/relay/securityHeaders.ts): every
// inline script and style Astro writes is allowed by hash, `npm start` sends the headers,
// and the pages work under them. Every other e2e test also fails on a CSP complaint in
// the console (the headerProblems fixture).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicyDirectives, securityHeaders } from '../../src/relay/securityHeaders.ts';
import { expect, test } from './fixtures.ts';
import { startNetwork } from './network.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

function builtPages(): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .map((path) => join(dist, path));
}

function hash(code: string): string {
  return `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
}

test('every inline script and style of the built site is allowed by the CSP', async ({ site }) => {
  expect(site.url).toBeTruthy(); // the site fixture builds dist/ when it is missing or old
  const allowed = {
    script: contentSecurityPolicyDirectives['script-src'] ?? [],
    style: contentSecurityPolicyDirectives['style-src'] ?? [],
  };
  const missing = new Set<string>();
  for (const page of builtPages()) {
    const html = readFileSync(page, 'utf8');
    for (const [, tag, attributes = '', code = ''] of html.matchAll(/<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/g)) {
      if (/\ssrc=/.test(attributes) || /type="application\/(ld\+)?json"/.test(attributes)) continue;
      if (!allowed[tag as 'script' | 'style'].includes(hash(code))) missing.add(`${tag}-src ${hash(code)}`);
    }
    // Hashes cover elements only: attributes would need 'unsafe-inline'.
    expect(html, page).not.toMatch(/\s(on[a-z]+|style)=/i);
  }
  expect([...missing], 'add these to src/relay/securityHeaders.ts (or move the code to a file)').toEqual([]);
});

test('npm start sends the security headers with every page and asset', async ({ site, request }) => {
  for (const path of ['/', '/start/', '/join/', '/coordinator/', '/boot.js', '/sw.js', '/manifest.webmanifest']) {
    const response = await request.get(`${site.url}${path}`);
    expect(response.status(), path).toBe(200);
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(response.headers()[name.toLowerCase()], `${name} on ${path}`).toBe(value);
    }
  }
});

test('the pages run under the CSP: islands hydrate, the service worker registers, the QR code shows', async ({
  browser,
  site,
  devices,
}) => {
  // Starting a network goes through /start/ (a form island) to /coordinator/ (the invite).
  const coordinator = await startNetwork(browser, site.url, { serviceWorker: true });
  devices.push(coordinator);
  const page = coordinator.page;
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // The invite's QR code is an SVG data: URL image: img-src must allow it.
  const qr = page.locator('img.qr');
  await expect(qr).toBeVisible();
  await expect
    .poll(() => qr.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0))
    .toBe(true);
  // No complaint in the console: the headerProblems fixture checks after the test.
});
