// The foundation's vertical slice: a note written on one device appears on another,
// peer to peer over WebRTC through the local relay, and survives reloads and outages.
import { expect, test } from '@playwright/test';
import { WebSocket } from 'ws';
import { formatRoomFragment, newRoomAddress } from '../../src/sync/RoomAddress.ts';
import { addNote, connectionStatus, type Device, expectPeers, notes, openDevice } from './peers.ts';
import { type ServerProcess, startRelayOnly, startSite } from './processes.ts';

let site: ServerProcess;
const devices: Device[] = [];
const relays: ServerProcess[] = [];

test.beforeAll(async () => {
  site = await startSite();
});

test.afterAll(async () => {
  await site.stop();
});

test.afterEach(async () => {
  for (const device of devices.splice(0)) await device.context.close();
  for (const relay of relays.splice(0)) await relay.stop();
});

async function device(browser: import('@playwright/test').Browser, url: string): Promise<Device> {
  const opened = await openDevice(browser, url);
  devices.push(opened);
  return opened;
}

/** A link to a fresh room whose signalling goes through a relay apart from the site. */
function linkVia(relay: ServerProcess): string {
  const address = newRoomAddress((length) => crypto.getRandomValues(new Uint8Array(length)));
  address.relays = [`ws://127.0.0.1:${relay.port}/signal`];
  return `${site.url}/${formatRoomFragment(address)}`;
}

test('a note added on one device appears on another through WebRTC', async ({ browser }) => {
  const a = await device(browser, site.url);
  await a.page.getByRole('button', { name: 'Begin een proefnetwerk' }).click();
  await expect(a.page.getByTestId('share-link')).toContainText('#room=');
  const link = a.page.url();

  const b = await device(browser, link);
  await expectPeers(a.page, 1);
  await expectPeers(b.page, 1);
  await expect(connectionStatus(b.page)).toContainText('Verbonden met 1 buur');

  await addNote(a.page, 'Wie wil er zaterdag mee naar de markt?');
  await expect(notes(b.page)).toHaveText(['Wie wil er zaterdag mee naar de markt?']);
  await expect(notes(a.page)).toHaveText(['Wie wil er zaterdag mee naar de markt?']);
});

test('after a reload with the relay stopped, the note is still there', async ({ browser }) => {
  const relay = await startRelayOnly();
  relays.push(relay);
  const link = linkVia(relay);
  const a = await device(browser, link);
  const b = await device(browser, link);
  await expectPeers(b.page, 1);

  await addNote(a.page, 'Ladder te leen, Dorpsstraat');
  await expect(notes(b.page)).toHaveText(['Ladder te leen, Dorpsstraat']);

  await relay.stop();
  await a.context.close();
  await b.page.reload();
  await expect(notes(b.page)).toHaveText(['Ladder te leen, Dorpsstraat']);
  await expect(connectionStatus(b.page)).toHaveAttribute('data-relays', '0');
  await expect(connectionStatus(b.page)).toContainText('Geen verbinding');
});

test('notes written while apart converge when the relay is back', async ({ browser }) => {
  const relay = await startRelayOnly();
  relays.push(relay);
  const link = linkVia(relay);
  const a = await device(browser, link);
  const b = await device(browser, link);
  await expectPeers(a.page, 1);
  await addNote(a.page, 'Eerste briefje');
  await expect(notes(b.page)).toHaveText(['Eerste briefje']);

  // Both lose the relay, and with a reload their WebRTC connection too.
  await relay.stop();
  await a.page.reload();
  await b.page.reload();
  await expect(connectionStatus(a.page)).toContainText('Geen verbinding');
  await expect(connectionStatus(b.page)).toContainText('Geen verbinding');
  await addNote(a.page, 'Geschreven zonder verbinding (A)');
  await addNote(b.page, 'Geschreven zonder verbinding (B)');
  await expect(notes(a.page)).toHaveCount(2);
  await expect(notes(b.page)).toHaveCount(2);

  const back = await startRelayOnly(relay.port);
  relays.push(back);
  await expectPeers(a.page, 1);
  await expectPeers(b.page, 1);
  for (const page of [a.page, b.page]) {
    await expect(notes(page)).toHaveCount(3);
    await expect(page.getByTestId('notes')).toContainText('Geschreven zonder verbinding (A)');
    await expect(page.getByTestId('notes')).toContainText('Geschreven zonder verbinding (B)');
  }
});

test('the relay closes a connection that sends an oversized message and stays up for the others', async ({
  browser,
}) => {
  const relay = await startRelayOnly();
  relays.push(relay);
  const link = linkVia(relay);
  const a = await device(browser, link);
  const b = await device(browser, link);
  await expectPeers(a.page, 1);

  const closeCode = await new Promise<number>((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${relay.port}/signal`);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'publish', topic: 'x', data: 'x'.repeat(200_000) })));
    socket.on('close', (code) => resolve(code));
    socket.on('error', reject);
  });
  expect(closeCode).toBe(1009);

  // The others keep syncing, and a newcomer still finds them through the relay.
  await addNote(a.page, 'Na de grote boodschap');
  await expect(notes(b.page)).toHaveText(['Na de grote boodschap']);
  const c = await device(browser, link);
  await expect(notes(c.page)).toHaveText(['Na de grote boodschap']);
  await expect(connectionStatus(c.page)).not.toHaveAttribute('data-webrtc-peers', '0');
  await expect(connectionStatus(c.page)).toHaveAttribute('data-broadcast-peers', '0');
});
