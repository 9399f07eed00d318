// Syncing the signed log between separate browser profiles over WebRTC, through a relay
// on loopback: delivery, a change lost on a live connection, reloads without the relay,
// writing while apart, going offline with the installed app, and a relay that survives a
// hostile client.
import type { Page } from '@playwright/test';
import { WebSocket } from 'ws';
import { type ServerProcess, startRelayOnly } from '../support/processes.ts';
import { expect, type OpenNetwork, test } from './fixtures.ts';
import { type NetworkOptions, postRequest } from './network.ts';
import { connectionStatus, type Device, expectPeers } from './peers.ts';

/** Anna and Bram admitted, their signalling through `relay` when given. */
async function neighbours(network: OpenNetwork, relay?: ServerProcess, options: NetworkOptions = {}) {
  const { coordinator, neighbours } = await network(
    [
      ['Anna', 'Dorpsstraat'],
      ['Bram', 'Molenweg'],
    ],
    relay ? { ...options, relay: `ws://127.0.0.1:${relay.port}/signal` } : options,
  );
  const [anna, bram] = neighbours as [Device, Device];
  return { coordinator, anna, bram };
}

function board(page: Page) {
  return page.getByTestId('requests-list').getByRole('link');
}

test('a post on one device appears on the others through WebRTC, not BroadcastChannel', async ({ network }) => {
  const { anna, bram } = await neighbours(network);
  await expectPeers(anna.page, 1);
  await expectPeers(bram.page, 1);
  await postRequest(anna.page, 'Wie wil er zaterdag mee naar de markt?');
  await expect(board(bram.page)).toHaveText(['Wie wil er zaterdag mee naar de markt?']);
  await expect(connectionStatus(bram.page)).toContainText(/Nu (is|zijn) er \d buren? online/);
});

test('a change whose messages are lost on a live connection still arrives while it lasts', async ({ network }) => {
  test.setTimeout(120_000);
  const { coordinator, anna, bram } = await neighbours(network);
  await expectPeers(anna.page, 1);
  await expectPeers(bram.page, 1);
  // Every data channel of Anna's page drops what it is given while she posts (as a send
  // that fails, and y-webrtc swallows): the post leaves her device on no connection.
  const dropping = (on: boolean) =>
    anna.page.evaluate((on) => {
      const state = globalThis as { dropping?: boolean; send?: RTCDataChannel['send'] };
      state.dropping = on;
      if (state.send) return;
      const send = RTCDataChannel.prototype.send;
      state.send = send;
      RTCDataChannel.prototype.send = function (this: RTCDataChannel, data: never) {
        if (!state.dropping) send.call(this, data);
      };
    }, on);
  // Once Bram and the coordinator ask their peers again past the first asks of a connection.
  for (const page of [bram.page, coordinator.page]) {
    await page.waitForFunction(() => performance.getEntriesByName('buurtruil:asked-again').length > 0, null, {
      timeout: 60_000,
    });
  }
  const peersBefore = await connectionStatus(bram.page).getAttribute('data-webrtc-peers');
  await dropping(true);
  await postRequest(anna.page, 'Verloren onderweg');
  await dropping(false);
  // Bram asks again now and then what he lacks, on the same connection (WebrtcRoomNetwork.ts).
  await expect(board(bram.page)).toHaveText(['Verloren onderweg'], { timeout: 60_000 });
  await expect(connectionStatus(bram.page)).toHaveAttribute('data-webrtc-peers', peersBefore ?? '');
});

test('after a reload with the relay stopped, the board is still there', async ({ relays, network }) => {
  const relay = await startRelayOnly();
  relays.push(relay);
  const { anna, bram } = await neighbours(network, relay);
  await postRequest(anna.page, 'Ladder te leen');
  await expect(board(bram.page)).toHaveText(['Ladder te leen']);

  await relay.stop();
  await bram.page.reload();
  await expect(board(bram.page)).toHaveText(['Ladder te leen']);
  await expect(connectionStatus(bram.page)).toHaveAttribute('data-relays', '0');
  await expect(connectionStatus(bram.page)).toContainText('Geen verbinding');
});

test('posts written while apart converge when the relay is back', async ({ relays, network }) => {
  const relay = await startRelayOnly();
  relays.push(relay);
  const { coordinator, anna, bram } = await neighbours(network, relay);
  await relay.stop();
  for (const page of [coordinator.page, anna.page, bram.page]) await page.reload();
  await expect(connectionStatus(anna.page)).toContainText('Geen verbinding');
  await expect(connectionStatus(bram.page)).toContainText('Geen verbinding');
  await postRequest(anna.page, 'Geschreven zonder verbinding (Anna)');
  await postRequest(bram.page, 'Geschreven zonder verbinding (Bram)');

  relays.push(await startRelayOnly(relay.port));
  await expectPeers(anna.page, 1);
  for (const page of [anna.page, bram.page]) {
    await page.getByRole('link', { name: 'Prikbord', exact: true }).click();
    await expect(board(page)).toHaveCount(2);
  }
});

test('offline with the installed app: it opens, takes a post, and shares it later unasked', async ({ network }) => {
  const { anna, bram } = await neighbours(network, undefined, { serviceWorker: true });
  await anna.page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await anna.context.setOffline(true);
  await anna.page.reload();
  await expect(anna.page.getByRole('heading', { name: 'Prikbord', level: 1 })).toBeVisible();
  await expect(connectionStatus(anna.page)).toHaveAttribute('data-relays', '0');
  await postRequest(anna.page, 'Geschreven in de trein');
  await anna.context.setOffline(false);
  await expect(board(bram.page)).toHaveText(['Geschreven in de trein'], { timeout: 30_000 });
});

test('the relay closes a connection that sends an oversized message and stays up for the others', async ({
  relays,
  network,
}) => {
  const relay = await startRelayOnly();
  relays.push(relay);
  const { anna, bram } = await neighbours(network, relay);
  const closeCode = await new Promise<number>((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${relay.port}/signal`);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'publish', topic: 'x', data: 'x'.repeat(200_000) })));
    socket.on('close', (code) => resolve(code));
    socket.on('error', reject);
  });
  expect(closeCode).toBe(1009);

  // The others keep syncing, and a device that reconnects still finds them through it.
  await postRequest(anna.page, 'Na de grote boodschap');
  await expect(board(bram.page)).toHaveText(['Na de grote boodschap']);
  await bram.page.reload();
  await expectPeers(bram.page, 1);
  await postRequest(anna.page, 'En nog een');
  await bram.page.getByRole('link', { name: 'Prikbord', exact: true }).click();
  await expect(board(bram.page)).toHaveCount(2);
});
