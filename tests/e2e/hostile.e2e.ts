// Bad input from the outside: a tampered invite, and a hostile peer's changes in the doc
// (a forged entry, a deleted one) are refused or undone, with a plain message.
import * as dagCbor from '@ipld/dag-cbor';
import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { toBase64Url } from '../../src/core/encoding/base64url.ts';
import { entryId } from '../../src/core/entry/Entry.ts';
import { expect, test } from './fixtures.ts';
import { inviteLink, postRequest, startNetwork } from './network.ts';
import { type Device, openDevice } from './peers.ts';

test('a tampered or cut-off invite gets a plain message and nothing else', async ({ browser, site, devices }) => {
  const coordinator = await startNetwork(browser, site.url);
  const invite = await inviteLink(coordinator.page);
  const tampered = invite.replace(/net=(.)/, (_, c: string) => `net=${c === 'A' ? 'B' : 'A'}`);
  for (const link of [tampered, invite.slice(0, invite.length - 12)]) {
    const newcomer = await openDevice(browser, link);
    devices.push(newcomer);
    await expect(newcomer.page.getByRole('alert')).toContainText('Deze uitnodiging is beschadigd of niet compleet');
    await expect(newcomer.page.getByRole('button', { name: 'Vraag om mee te doen' })).toHaveCount(0);
  }
});

/** The Yjs updates a device has stored for its network doc. */
function storedUpdates(page: Page): Promise<number[][]> {
  return page.evaluate(async () => {
    const name = (await indexedDB.databases()).find((db) => db.name?.startsWith('buurtruil-doc-'))?.name ?? '';
    const db: IDBDatabase = await new Promise((resolve) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
    });
    const all: Uint8Array[] = await new Promise((resolve) => {
      const request = db.transaction('updates').objectStore('updates').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return all.map((update) => [...update]);
  });
}

/** Writes an update into the device's stored doc, as a peer's update would arrive. */
function storeUpdate(page: Page, update: Uint8Array): Promise<void> {
  return page.evaluate(
    async (bytes) => {
      const name = (await indexedDB.databases()).find((db) => db.name?.startsWith('buurtruil-doc-'))?.name ?? '';
      const db: IDBDatabase = await new Promise((resolve) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
      });
      await new Promise((resolve) => {
        const tx = db.transaction('updates', 'readwrite');
        tx.objectStore('updates').add(new Uint8Array(bytes));
        tx.oncomplete = resolve;
      });
      db.close();
    },
    [...update],
  );
}

test('a forged entry and a deletion from a hostile peer are refused and undone, with a message', async ({
  site,
  network,
}) => {
  test.setTimeout(90_000);
  const { neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];
  await postRequest(anna.page, 'Echte vraag van Anna');
  const postId = decodeURIComponent(anna.page.url().split('#/post/')[1] ?? '');
  await expect(bram.page.getByTestId('requests-list').getByRole('link')).toHaveText(['Echte vraag van Anna']);
  // Let Bram's device finish storing what it has: the post is in its stored doc. (The
  // view database exists from the admission on, so it says nothing about the post.)
  const storedDoc = async () => {
    const stored = new Y.Doc();
    for (const update of await storedUpdates(bram.page)) Y.applyUpdate(stored, new Uint8Array(update));
    return stored;
  };
  await expect.poll(async () => (await storedDoc()).getMap('entries').has(postId)).toBe(true);

  // The hostile peer's doc: everything Bram has, then a deletion and a forgery.
  const doc = await storedDoc();
  const entries = doc.getMap<Uint8Array>('entries');
  const real = entries.get(postId);
  expect(real).toBeInstanceOf(Uint8Array);
  const before = Y.encodeStateVector(doc);
  // The wire form is signature ‖ payload: a new title under Anna's old signature.
  const signature = (real as Uint8Array).subarray(0, 64);
  const forgedFields = dagCbor.decode((real as Uint8Array).subarray(64)) as [...unknown[], { title: string }];
  (forgedFields[7] as { title: string }).title = 'Vervalst: geef je pincode';
  const payload = dagCbor.encode(forgedFields);
  const forged = new Uint8Array(signature.length + payload.length);
  forged.set(signature);
  forged.set(payload, signature.length);
  doc.transact(() => {
    entries.delete(postId);
    entries.set(toBase64Url(entryId(forged)), forged);
  });
  const hostileUpdate = Y.encodeStateAsUpdate(doc, before);

  // It reaches Bram's device while Bram is away; Bram comes back.
  await bram.page.goto('about:blank');
  const away = await bram.context.newPage();
  await away.goto(`${site.url}/join/`);
  await storeUpdate(away, hostileUpdate);
  await away.close();
  await bram.page.goto(`${site.url}/`);

  await expect(bram.page.getByTestId('integrity-refused')).toContainText(
    'Er kwam iets binnen dat niet klopt (1 bericht)',
  );
  await expect(bram.page.getByTestId('integrity-restored')).toContainText('Iemand probeerde 1 bericht te wissen');
  await expect(bram.page.getByTestId('requests-list').getByRole('link')).toHaveText(['Echte vraag van Anna']);
  await expect(bram.page.getByText('geef je pincode')).toHaveCount(0);
});
