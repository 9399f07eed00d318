// The adapters' conformance suites (tests/support/conformance/) against the browser's own:
// y-webrtc rooms and PeerJS pairing links, through the local relay, each side in a separate
// browser profile. The same cases run against the memory adapters in
// tests/unit/sync/conformance.test.ts.
import type { Browser, Page } from '@playwright/test';
import { build } from 'esbuild';
import { type End, pairingLinkCases } from '../support/conformance/pairingLinkCases.ts';
import { roomNetworkCases, type Who } from '../support/conformance/roomNetworkCases.ts';
import { expect, test } from './fixtures.ts';

type Harness = Record<string, (...args: never[]) => unknown>;

let bundle: string | null = null;
async function harnessScript(): Promise<string> {
  if (bundle) return bundle;
  const built = await build({
    entryPoints: [new URL('../support/conformance/browserHarness.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  bundle = built.outputFiles[0]?.text ?? '';
  return bundle;
}

/** A bare page on the site's own origin (the relay allows it) with the harness loaded. */
async function harnessPage(browser: Browser, siteUrl: string, opened: Page[]): Promise<Page> {
  const context = await browser.newContext();
  // Lets Chromium list the interfaces, so WebRTC finds candidates on a loopback-only machine.
  await context.grantPermissions(['camera', 'microphone', 'local-network-access']);
  const page = await context.newPage();
  const script = await harnessScript();
  const url = `${siteUrl}/conformance-harness`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>conformance</title>' }),
  );
  await page.goto(url);
  await page.addScriptTag({ content: script, type: 'module' });
  await page.waitForFunction(() => 'conformance' in globalThis);
  opened.push(page);
  return page;
}

function call<T>(page: Page, name: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([method, params]) =>
      ((globalThis as unknown as { conformance: Harness }).conformance[method] as (...a: unknown[]) => T)(
        ...(params as unknown[]),
      ),
    [name, args] as const,
  ) as Promise<T>;
}

const signalling = (siteUrl: string) => `${siteUrl.replace(/^http/, 'ws')}/signal`;

test.describe('RoomNetwork: WebrtcRoomNetwork (y-webrtc through the local relay)', () => {
  for (const testCase of roomNetworkCases) {
    test(testCase.name, async ({ browser, site }) => {
      const opened: Page[] = [];
      const pages = new Map<Who, Page>();
      let room = 0;
      try {
        for (const who of ['a', 'b', 'c'] as const) pages.set(who, await harnessPage(browser, site.url, opened));
        const page = (who: Who) => pages.get(who) as Page;
        await testCase.run({
          freshRoom: () => `conformance-${Date.now()}-${room++}`,
          join: (who, name, password) => call(page(who), 'join', signalling(site.url), name, password),
          set: (who, key, value) => call(page(who), 'set', key, value),
          get: (who, key) => call(page(who), 'get', key),
          peers: (who) => call(page(who), 'peers'),
          leave: (who) => call(page(who), 'leave'),
        });
      } finally {
        for (const page of opened) await page.context().close();
      }
    });
  }
});

test.describe('PairingLink: PeerPairing (PeerJS through the local relay)', () => {
  for (const testCase of pairingLinkCases) {
    test(testCase.name, async ({ browser, site }) => {
      const opened: Page[] = [];
      try {
        const answerer = await harnessPage(browser, site.url, opened);
        const opener = await harnessPage(browser, site.url, opened);
        const page = (end: End) => (end === 'opener' ? opener : answerer);
        await testCase.run({
          connect: async () => {
            const code = await call<string>(answerer, 'host', signalling(site.url));
            await call(opener, 'guest', signalling(site.url), code);
            await call(answerer, 'hostConnected');
          },
          send: (end, bytes) => call(page(end), 'send', bytes),
          receive: (end) => call(page(end), 'receive'),
          close: (end) => call(page(end), 'close'),
        });
      } finally {
        for (const page of opened) await page.context().close();
      }
    });
  }
});

test('the harness is not part of the site', async ({ site }) => {
  const response = await fetch(`${site.url}/conformance-harness`);
  expect(response.status).toBe(404);
});
