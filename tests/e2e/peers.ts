// A neighbour's device: its own browser context (own IndexedDB, no shared
// BroadcastChannel), with what WebRTC on loopback needs.
import { type Browser, type BrowserContext, expect, type Page } from '@playwright/test';

export interface Device {
  context: BrowserContext;
  page: Page;
}

export async function openDevice(browser: Browser, url: string): Promise<Device> {
  const context = await browser.newContext();
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
