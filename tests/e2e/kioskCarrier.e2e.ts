// The kiosk as the always-on peer: a join request sent in the evening while only the kiosk
// is online, admitted in the morning by a coordinator who never meets the newcomer, and
// learnt by the newcomer's phone at noon while the coordinator is away. And the kiosk on
// its own: a relay restart and a reload, and it is back without anyone touching it.
import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { keptUpdates } from '../support/deviceStore.ts';
import { startRelayOnly } from '../support/processes.ts';
import { expect, test } from './fixtures.ts';
import { setUpKiosk } from './kiosk.ts';
import { askToJoin, inviteLink, postRequest, startNetwork } from './network.ts';
import { connectionStatus, expectPeers } from './peers.ts';

/** How many entries the kiosk keeps in its copy of the lobby. */
async function lobbyEntries(kiosk: Page): Promise<number> {
  const doc = new Y.Doc();
  for (const update of await keptUpdates(kiosk, 'buurtruil-lobby-')) Y.applyUpdate(doc, update);
  return doc.getMap('entries').size;
}

test('evening join, morning admit, noon arrival: only the kiosk carries it both ways', async ({
  browser,
  site,
  devices,
}) => {
  test.setTimeout(240_000);
  const coordinator = await startNetwork(browser, site.url);
  devices.push(coordinator);
  const invite = await inviteLink(coordinator.page);
  const kiosk = await setUpKiosk(browser, site.url, coordinator.page);
  devices.push(kiosk);
  await expect.poll(() => lobbyEntries(kiosk.page)).toBeGreaterThan(0);
  // Evening: the coordinator's laptop is off.
  await coordinator.page.close();
  const before = await lobbyEntries(kiosk.page);

  const newcomer = await askToJoin(browser, invite, 'Noor', 'Kerkstraat');
  devices.push(newcomer);
  await expect.poll(() => lobbyEntries(kiosk.page), { timeout: 30_000 }).toBeGreaterThan(before);
  await newcomer.page.close();
  const asked = await lobbyEntries(kiosk.page);

  // Morning: the coordinator is back, finds the request the kiosk kept, and admits Noor.
  const laptop = await coordinator.context.newPage();
  await laptop.goto(`${site.url}/coordinator/`);
  const request = laptop.getByTestId('join-request').filter({ hasText: 'Noor' });
  await expect(request).toBeVisible({ timeout: 30_000 });
  await request.getByRole('button', { name: 'Welkom heten' }).click();
  await expect(request).toHaveCount(0);
  await expect.poll(() => lobbyEntries(kiosk.page), { timeout: 30_000 }).toBeGreaterThan(asked);
  await laptop.close();

  // Noon: Noor's phone is on again; the coordinator is not. The kiosk tells her.
  const phone = await newcomer.context.newPage();
  await phone.goto(`${site.url}/join/`);
  await expect(phone.getByTestId('join-status')).toContainText('Welkom!', { timeout: 30_000 });
  await phone.getByRole('link', { name: 'Naar het prikbord' }).click();
  await expect(phone.getByRole('main')).toHaveAttribute('data-member-status', 'admitted', { timeout: 30_000 });
  // Her only peer is the kiosk.
  await expectPeers(phone, 1);
  expect(coordinator.context.pages()).toHaveLength(0);
});

test('the kiosk survives a relay restart and a reload, unattended', async ({ browser, site, devices, relays }) => {
  test.setTimeout(240_000);
  const relay = await startRelayOnly();
  relays.push(relay);
  const address = `ws://127.0.0.1:${relay.port}/signal`;
  const coordinator = await startNetwork(browser, site.url, { relay: address });
  devices.push(coordinator);
  const kiosk = await setUpKiosk(browser, site.url, coordinator.page);
  devices.push(kiosk);
  await expect(connectionStatus(kiosk.page)).toHaveAttribute('data-relays', '1');
  await expectPeers(kiosk.page, 1);

  // The relay goes down and comes back on the same address; nobody touches the kiosk.
  await relay.stop();
  await expect(connectionStatus(kiosk.page)).toHaveAttribute('data-relays', '0', { timeout: 30_000 });
  const again = await startRelayOnly(relay.port);
  relays.push(again);
  await expect(connectionStatus(kiosk.page)).toHaveAttribute('data-relays', '1', { timeout: 60_000 });
  await expectPeers(kiosk.page, 1);
  await postRequest(coordinator.page, 'Wie brengt me naar de markt?');
  const board = kiosk.page.getByTestId('kiosk-post');
  await expect(board.filter({ hasText: 'Wie brengt me naar de markt?' })).toHaveCount(1);

  // A power cut: the page loads again and is the kiosk again, with what it had. It asks
  // the browser to keep its storage (headless Chromium answers no; a kiosk's browser yes).
  await kiosk.context.addInitScript(() => {
    const storage = navigator.storage;
    const persist = storage.persist.bind(storage);
    const counted = window as unknown as { persistAsked: number };
    counted.persistAsked = 0;
    storage.persist = () => {
      counted.persistAsked++;
      return persist();
    };
  });
  await kiosk.page.reload();
  await expect(kiosk.page.getByTestId('kiosk-board')).toBeVisible();
  expect(await kiosk.page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked)).toBe(1);
  await expect(board.filter({ hasText: 'Wie brengt me naar de markt?' })).toHaveCount(1);
  await expectPeers(kiosk.page, 1);
  await postRequest(coordinator.page, 'Wie leest me voor?');
  await expect(board.filter({ hasText: 'Wie leest me voor?' })).toHaveCount(1);
});
