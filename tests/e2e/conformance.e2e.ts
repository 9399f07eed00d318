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

const bundles = new Map<string, string>();
/** The harness as this version runs it, or (simplePeer) as a device still on simple-peer does. */
async function harnessScript(simplePeer = false): Promise<string> {
  const entry = simplePeer ? 'simplePeerHarness.ts' : 'browserHarness.ts';
  const cached = bundles.get(entry);
  if (cached) return cached;
  const built = await build({
    entryPoints: [new URL(`../support/conformance/${entry}`, import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    // As the site's build does (astro.config.mjs): y-webrtc's peers are DataChannelPeer.ts.
    alias: simplePeer
      ? {}
      : { 'simple-peer/simplepeer.min.js': new URL('../../src/sync/DataChannelPeer.ts', import.meta.url).pathname },
  });
  const bundle = built.outputFiles[0]?.text ?? '';
  bundles.set(entry, bundle);
  return bundle;
}

/** A bare page on the site's own origin (the relay allows it) with the harness loaded. */
async function harnessPage(browser: Browser, siteUrl: string, opened: Page[], simplePeer = false): Promise<Page> {
  const context = await browser.newContext();
  // Lets Chromium list the interfaces, so WebRTC finds candidates on a loopback-only machine.
  await context.grantPermissions(['camera', 'microphone', 'local-network-access']);
  const page = await context.newPage();
  const script = await harnessScript(simplePeer);
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

/** Every RoomNetwork case, with `onSimplePeer` playing a device that has not updated yet. */
function roomNetworkSuite(title: string, onSimplePeer: Who[]): void {
  test.describe(title, () => {
    for (const testCase of roomNetworkCases) {
      test(testCase.name, async ({ browser, site }) => {
        // Each arrival may wait 45 s (conformanceCase.ts) for a handshake a busy machine slowed.
        test.setTimeout(150_000);
        const opened: Page[] = [];
        const pages = new Map<Who, Page>();
        let room = 0;
        try {
          for (const who of ['a', 'b', 'c'] as const)
            pages.set(who, await harnessPage(browser, site.url, opened, onSimplePeer.includes(who)));
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
}

roomNetworkSuite('RoomNetwork: WebrtcRoomNetwork (y-webrtc through the local relay)', []);
// A device whose cached site still has simple-peer (before DataChannelPeer.ts) meets the others.
roomNetworkSuite('RoomNetwork: a device still on simple-peer among DataChannelPeer devices', ['a']);

test.describe('PairingLink: PeerPairing (PeerJS through the local relay)', () => {
  for (const testCase of pairingLinkCases) {
    test(testCase.name, async ({ browser, site }) => {
      test.setTimeout(150_000);
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
