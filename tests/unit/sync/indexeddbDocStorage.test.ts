// The browser's doc storage (fake-indexeddb in Node) with a copy beside it: the doc a device
// kept before, as y-indexeddb wrote it, is read as it is and written hollow without losing a
// value; a merge that cannot be written (a full disk) leaves what was kept.
import { afterEach, describe, expect, it } from 'vitest';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { DocContents } from '../../../src/sync/DocStorage.ts';
import { indexeddbDocStorage, restPieces } from '../../../src/sync/indexeddbDocStorage.ts';
import { pieceLimits } from '../../../src/sync/updatePieces.ts';

const mapName = 'entries';
let counter = 0;
const freshName = () => `doc-${Date.now()}-${counter++}`;

const values = (count: number, size = 1000): [string, Uint8Array][] =>
  Array.from({ length: count }, (_, i) => [`entry-${counter}-${i}`, crypto.getRandomValues(new Uint8Array(size))]);

function copyOf(values: [string, Uint8Array][]): DocContents {
  const copy = new Map(values);
  return { mapName, bytesOf: (key) => copy.get(key), keptElsewhere: (key) => copy.has(key) };
}

/** The doc's database itself, as the storage keeps it. */
function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** How many listeners for 'update' each transaction not made here ended with (Yjs encodes an update only for them). */
function updateListenersPerRead(doc: Y.Doc): number[] {
  const listening: number[] = [];
  doc.on('afterTransaction', (transaction) => {
    if (transaction.local) return;
    const observers = (doc as unknown as { _observers: Map<string, Set<unknown>> })._observers;
    listening.push(observers.get('update')?.size ?? 0);
  });
  return listening;
}

/** What the doc's database holds, in bytes: the sum of its updates. */
async function bytesAtRest(name: string): Promise<number> {
  const db = await openRaw(name);
  const updates = await new Promise<Uint8Array[]>((resolve, reject) => {
    const req = db.transaction('updates').objectStore('updates').getAll();
    req.onsuccess = () => resolve(req.result as Uint8Array[]);
    req.onerror = () => reject(req.error);
  });
  db.close();
  return updates.reduce((n, update) => n + update.length, 0);
}

/** A doc as an old device's y-indexeddb kept it. */
async function keptByYIndexeddb(name: string, all: [string, Uint8Array][]): Promise<void> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  await persistence.whenSynced;
  const map = doc.getMap<Uint8Array>(mapName);
  for (const [key, bytes] of all) map.set(key, bytes);
  // y-indexeddb writes each change on its own; a fresh look at the store shows when all are in.
  while ((await bytesAtRest(name)) < all.length * 1000) await new Promise((resolve) => setTimeout(resolve, 10));
  await persistence.destroy();
  doc.destroy();
}

async function addAtRest(name: string, update: Uint8Array): Promise<void> {
  const db = await openRaw(name);
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('updates', 'readwrite');
    tx.objectStore('updates').add(update);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

async function reopen(name: string, contents?: DocContents) {
  const doc = new Y.Doc();
  const kept = indexeddbDocStorage.keep(name, doc, contents);
  await kept.loaded;
  return { doc, kept, map: doc.getMap<Uint8Array>(mapName) };
}

const realAdd = IDBObjectStore.prototype.add;
afterEach(() => {
  IDBObjectStore.prototype.add = realAdd;
});

describe('indexeddbDocStorage with the verified copy beside it', () => {
  it("reads an old device's y-indexeddb doc and writes it hollow, losing no value", async () => {
    const name = freshName();
    const all = values(200);
    await keptByYIndexeddb(name, all);
    const before = await bytesAtRest(name);
    expect(before).toBeGreaterThan(200 * 1000);

    // The copy holds all but the last ten (they had not been projected when the page closed).
    const copy = copyOf(all.slice(0, 190));
    const first = await reopen(name, copy);
    expect(first.map.size).toBe(200);
    await first.kept.compact();
    first.kept.close();
    // Only the ten the copy lacks are still at rest whole.
    expect(await bytesAtRest(name)).toBeLessThan(10 * 1000 + before / 10);

    const again = await reopen(name, copy);
    for (const [key, bytes] of all) expect(again.map.get(key)).toEqual(bytes);
    expect(Y.encodeStateAsUpdate(again.doc)).toEqual(Y.encodeStateAsUpdate(first.doc));
    again.kept.close();
  });

  it('keeps new changes, and writes hollow only what saves enough', async () => {
    const name = freshName();
    const all = values(100);
    const copy = copyOf(all);
    const first = await reopen(name, copy);
    first.map.set(all[0]?.[0] ?? '', all[0]?.[1] ?? new Uint8Array());
    await first.kept.compact();
    // One value is not worth a merge of the whole doc: it stays at rest as it came.
    expect(await bytesAtRest(name)).toBeGreaterThan(1000);
    first.doc.transact(() => {
      for (const [key, bytes] of all) first.map.set(key, bytes);
    });
    await first.kept.compact();
    expect(await bytesAtRest(name)).toBeLessThan((100 * 1000) / 10);
    first.kept.close();
    const again = await reopen(name, copy);
    for (const [key, bytes] of all) expect(again.map.get(key)).toEqual(bytes);
    again.kept.close();
  });

  it('reads the kept doc with no update listener on it, so Yjs does not encode the whole doc again as an update', async () => {
    const name = freshName();
    const all = values(50);
    await keptByYIndexeddb(name, all);
    const doc = new Y.Doc();
    // Yjs encodes a transaction's update only while someone listens for 'update'; the
    // listeners are counted as the reading transaction ends, just before that encoding.
    const listening = updateListenersPerRead(doc);
    const kept = indexeddbDocStorage.keep(name, doc, copyOf(all));
    await kept.loaded;
    expect(doc.getMap(mapName).size).toBe(50);
    expect(listening).toEqual([0]);
    // Changes after the reading are kept again as before.
    doc.getMap<Uint8Array>(mapName).set('after', new Uint8Array([1, 2, 3]));
    kept.close();
    const again = await reopen(name);
    expect(again.map.get('after')).toEqual(new Uint8Array([1, 2, 3]));
    again.kept.close();
  });

  it('reads a big doc in pieces, each its own short transaction, and has every value after', async () => {
    const name = freshName();
    // 600 values of 1 kB as one update at rest (a merged doc, as a year's is).
    const all = values(600);
    const source = new Y.Doc();
    const sourceMap = source.getMap<Uint8Array>(mapName);
    source.transact(() => {
      for (const [key, bytes] of all) sourceMap.set(key, bytes);
    });
    const whole = Y.encodeStateAsUpdate(source);
    expect(whole.length).toBeGreaterThan(4 * pieceLimits.maxBytes);
    await keptByYIndexeddb(name, []);
    await addAtRest(name, whole);
    const doc = new Y.Doc();
    const listening = updateListenersPerRead(doc);
    const kept = indexeddbDocStorage.keep(name, doc);
    await kept.loaded;
    expect(listening.length).toBeGreaterThanOrEqual(4);
    expect(listening.every((n) => n === 0)).toBe(true);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(whole);
    // Between the pieces the listener is back: a change made then is kept.
    doc.getMap<Uint8Array>(mapName).set('after', new Uint8Array([4]));
    kept.close();
    const again = await reopen(name);
    expect(again.map.size).toBe(601);
    again.kept.close();
  });

  it('keeps a peer’s large update as pieces of at most 1 MiB and reads them back a few a request, to the same doc', async () => {
    const name = freshName();
    const all = values(2600);
    const source = new Y.Doc();
    const sourceMap = source.getMap<Uint8Array>(mapName);
    source.transact(() => {
      for (const [key, bytes] of all) sourceMap.set(key, bytes);
    });
    const whole = Y.encodeStateAsUpdate(source);
    expect(whole.length).toBeGreaterThan(2 * restPieces.maxBytes);
    const first = await reopen(name);
    Y.applyUpdate(first.doc, whole, 'peer');
    // At rest as its pieces.
    while ((await bytesAtRest(name)) < whole.length) await new Promise((resolve) => setTimeout(resolve, 10));
    const db = await openRaw(name);
    const sizes = await new Promise<number[]>((resolve, reject) => {
      const req = db.transaction('updates').objectStore('updates').getAll();
      req.onsuccess = () => resolve((req.result as Uint8Array[]).map((update) => update.length));
      req.onerror = () => reject(req.error);
    });
    db.close();
    first.kept.close();
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    // A piece closes at the struct that takes it past the limit: at most one entry over.
    expect(Math.max(...sizes)).toBeLessThanOrEqual(restPieces.maxBytes + 16 * 1024);
    // Read back a few records a request, each request its own transaction.
    const realGetAll = IDBObjectStore.prototype.getAll;
    let reads = 0;
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
      reads++;
      return realGetAll.apply(this, args);
    };
    try {
      const again = await reopen(name);
      expect(reads).toBeGreaterThanOrEqual(2);
      expect(Y.encodeStateAsUpdate(again.doc)).toEqual(whole);
      again.kept.close();
    } finally {
      IDBObjectStore.prototype.getAll = realGetAll;
    }
  });

  it('a merge that cannot be written (a full disk) leaves everything kept as it was', async () => {
    const name = freshName();
    const all = values(100);
    await keptByYIndexeddb(name, all);
    const before = await bytesAtRest(name);
    const first = await reopen(name, copyOf(all));
    IDBObjectStore.prototype.add = function refuse(this: IDBObjectStore) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    } as typeof realAdd;
    await first.kept.compact();
    IDBObjectStore.prototype.add = realAdd;
    first.kept.close();
    expect(await bytesAtRest(name)).toBe(before);
    // Even without the copy, every value is there.
    const again = await reopen(name);
    for (const [key, bytes] of all) expect(again.map.get(key)).toEqual(bytes);
    again.kept.close();
  });
});
