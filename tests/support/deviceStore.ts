// Reading and writing a device's own storage from a test, the way a hostile peer's data
// would arrive: the device's keys (to sign as its member in Node), its chain, and Yjs
// updates written into its kept doc while the device is away.
import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { toBase64Url } from '../../src/core/encoding/base64url.ts';
import type { SignedEntry } from '../../src/core/entry/Entry.ts';
import { type Identity, identityFromSecrets } from '../../src/core/Identity.ts';

async function readStore<T>(page: Page, dbPrefix: string, store: string): Promise<T[]> {
  return page.evaluate(
    async ([prefix, storeName]) => {
      const name = (await indexedDB.databases()).find((db) => db.name?.startsWith(prefix))?.name ?? '';
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const all: unknown[] = await new Promise((resolve) => {
        const request = db.transaction(storeName).objectStore(storeName).getAll();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      // Bytes cross as plain arrays.
      return JSON.parse(JSON.stringify(all, (_k, v) => (v instanceof Uint8Array ? { bytes: [...v] } : v)));
    },
    [dbPrefix, store] as const,
  ) as Promise<T[]>;
}

const bytesOf = (value: { bytes: number[] }) => new Uint8Array(value.bytes);

/** The device's own keys. */
export async function deviceIdentity(page: Page): Promise<Identity> {
  const [stored] = await readStore<{ signingSecret: { bytes: number[] }; boxSecret: { bytes: number[] } }>(
    page,
    'buurtruil-device',
    'identity',
  );
  if (!stored) throw new Error('no identity on this device');
  return identityFromSecrets(bytesOf(stored.signingSecret), bytesOf(stored.boxSecret));
}

/** The device's newest entry of its own, from its verified copy: where its next entry goes. */
export async function chainHead(page: Page, identity: Identity): Promise<{ seq: number; id: string; time: number }> {
  const me = toBase64Url(identity.signing.publicKey);
  const entries = await readStore<{ id: string; author: string; seq: number }>(page, 'buurtruil-view-', 'entries');
  const mine = entries.filter((e) => e.author === me).sort((a, b) => b.seq - a.seq)[0];
  if (!mine) throw new Error('no entries of this device');
  return { seq: mine.seq, id: mine.id, time: Date.now() };
}

/** Yjs updates of the device's kept doc (`buurtruil-doc-` the member room, `buurtruil-lobby-` the lobby). */
export async function keptUpdates(page: Page, docPrefix: string): Promise<Uint8Array[]> {
  const rows = await readStore<{ bytes: number[] }>(page, docPrefix, 'updates');
  return rows.map(bytesOf);
}

/** One Yjs update that sets these entries (or raw values) under these ids, on top of the device's doc. */
export async function updateWith(page: Page, docPrefix: string, values: [string, Uint8Array][]): Promise<Uint8Array> {
  const doc = new Y.Doc();
  for (const update of await keptUpdates(page, docPrefix)) Y.applyUpdate(doc, update);
  const before = Y.encodeStateVector(doc);
  const map = doc.getMap<Uint8Array>('entries');
  doc.transact(() => {
    for (const [id, bytes] of values) map.set(id, bytes);
  });
  return Y.encodeStateAsUpdate(doc, before);
}

export function asValue(entry: SignedEntry): [string, Uint8Array] {
  return [toBase64Url(entry.id), entry.bytes];
}

/**
 * Writes an update into the device's kept doc while the device's page is away, as a
 * peer's update arrives; the page then comes back to `returnTo`.
 */
export async function deliverWhileAway(page: Page, docPrefix: string, update: Uint8Array, returnTo: string) {
  const origin = new URL(page.url()).origin;
  await page.goto('about:blank');
  const away = await page.context().newPage();
  await away.goto(`${origin}/join/`);
  await away.evaluate(
    async ([prefix, bytes]) => {
      const name = (await indexedDB.databases()).find((db) => db.name?.startsWith(prefix))?.name ?? '';
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
    [docPrefix, [...update]] as const,
  );
  await away.close();
  await page.goto(returnTo);
}
