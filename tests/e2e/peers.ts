// A neighbour's device: its own browser context (own IndexedDB, no shared
// BroadcastChannel), with what WebRTC on loopback needs.
import { type Browser, type BrowserContext, type BrowserContextOptions, expect, type Page } from '@playwright/test';

export interface Device {
  context: BrowserContext;
  page: Page;
}

/**
 * What the browser said about the site's own headers during the current test: a
 * Content-Security-Policy violation or a Permissions-Policy the browser did not accept.
 * The `headerProblems` fixture (fixtures.ts) fails the test when this is not empty.
 */
export const headerProblems: string[] = [];
const aboutHeaders = /Content Security Policy|Permissions-Policy|Permissions Policy|Unrecognized feature/i;

/**
 * `options` for a device that is not a desktop: a phone's viewport, touch. The offline service
 * worker only where `options` allow it (`serviceWorkers: 'allow'`, for a test of it or of going
 * offline): installing it fetches and stores every file of the site (about 190) in each
 * profile, CPU that a test of anything else only waits on.
 */
export async function openDevice(browser: Browser, url: string, options?: BrowserContextOptions): Promise<Device> {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  // On the context, so pages a test opens later in it are heard too.
  context.on('console', (message) => {
    if (aboutHeaders.test(message.text())) headerProblems.push(`${message.type()}: ${message.text()}`);
  });
  // Granting media lets Chromium list local interfaces, so ICE finds loopback candidates.
  await context.grantPermissions(['camera', 'microphone']);
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

export function connectionStatus(page: Page) {
  return page.getByTestId('connection-status');
}

/** Waits until this device has at least `webrtc` WebRTC peers and no BroadcastChannel peer. */
export async function expectPeers(page: Page, webrtc: number): Promise<void> {
  const status = connectionStatus(page);
  await expect
    .poll(async () => Number(await status.getAttribute('data-webrtc-peers')), { timeout: 20_000 })
    .toBeGreaterThanOrEqual(webrtc);
  await expect(status).toHaveAttribute('data-broadcast-peers', '0');
}
