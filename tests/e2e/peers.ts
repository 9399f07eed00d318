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

/** Waits until this device has exactly `webrtc` WebRTC peers and no BroadcastChannel peer. */
export async function expectPeers(page: Page, webrtc: number): Promise<void> {
  const status = connectionStatus(page);
  await expect(status).toHaveAttribute('data-webrtc-peers', String(webrtc));
  await expect(status).toHaveAttribute('data-broadcast-peers', '0');
}

export async function addNote(page: Page, text: string): Promise<void> {
  await page.getByLabel(/Nieuw briefje|New note/).fill(text);
  await page.getByRole('button', { name: /Ophangen|Pin it up/ }).click();
}

export function notes(page: Page) {
  return page.getByTestId('notes').getByRole('listitem');
}
