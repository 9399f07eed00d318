// The browser's storage for docs: one IndexedDB database per doc, in y-indexeddb's format
// (an "updates" store of Yjs updates, V1, and a "custom" store), so the docs a device kept
// before are read as they are. Unlike y-indexeddb, a doc whose entries are kept elsewhere
// (the member room's verified copy) is written hollow once the copy holds them: the
// entries' bytes are then at rest once (hollowDoc.ts).
import * as Y from 'yjs';
import type { DocStorage, KeptDoc } from './DocStorage.ts';
import { applyKeptInto, changedKeys, type DocContents, hollowUpdateInSteps, type KeptRead } from './hollowDoc.ts';
import { type PieceLimits, pieceLimits, updatePieces } from './updatePieces.ts';
import { yieldWhenDue } from './yieldToPage.ts';

const updatesStore = 'updates';
/** Updates kept one by one before they are merged into one (y-indexeddb's number). */
const mergeAfterUpdates = 500;
/**
 * A large update is kept as pieces of at most 1 MiB (updatePieces.ts: the same structs,
 * applied in order they make the same doc), read back a few at a time: a year's doc of
 * 12 MB kept as one value was one task of 50–100 ms to read back.
 */
export const restPieces: PieceLimits = { maxBytes: 1024 * 1024, maxStructs: Number.POSITIVE_INFINITY };
const recordsPerRead = 2;
/** Bytes at rest both here and in the verified copy before the doc is written hollow again. */
const hollowAfterBytes = 64 * 1024;

export const indexeddbDocStorage: DocStorage = {
  keep: (name, doc, contents) => new IndexeddbKeptDoc(name, doc, contents),
  // Another tab with the doc open holds the deletion until it closes it (or the page closes).
  forget: (name) => request(indexedDB.deleteDatabase(name)).then(() => {}),
};

class IndexeddbKeptDoc implements KeptDoc {
  readonly loaded: Promise<void>;
  private readonly doc: Y.Doc;
  private readonly contents: DocContents | undefined;
  private db: IDBDatabase | null = null;
  private closed = false;
  /** The highest key this tab has read; a merge removes the updates up to it. */
  private lastRead = 0;
  /** Keys this tab wrote since then (not read back: the doc has them). */
  private readonly ownKeys = new Set<number>();
  private stored = 0;
  /** Values at rest whole (in an update, not hollow), with their sizes. */
  private readonly whole = new Map<string, number>();
  /** Changes made before the database was open, written once it is. */
  private early: Uint8Array[] = [];
  private merging: Promise<void> | null = null;
  private mergeTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly onUpdate: (update: Uint8Array, origin: unknown, doc: Y.Doc, tr: Y.Transaction) => void;

  constructor(name: string, doc: Y.Doc, contents: DocContents | undefined) {
    this.doc = doc;
    this.contents = contents;
    this.onUpdate = (update, origin, _doc, transaction) => {
      if (origin === this || this.closed) return;
      this.noteWhole(transaction);
      if (this.db) void this.add(update);
      else this.early.push(update);
    };
    doc.on('update', this.onUpdate);
    this.loaded = this.load(name);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.doc.off('update', this.onUpdate);
    if (this.mergeTimer) clearTimeout(this.mergeTimer);
    const db = this.db;
    void (this.merging ?? Promise.resolve()).finally(() => db?.close());
  }

  /** Writes the doc again as one update, hollow where the copy holds the bytes, if that saves enough. */
  compact(): Promise<void> {
    if (!this.contents || this.closed) return Promise.resolve();
    let saved = 0;
    for (const [key, size] of this.whole) if (this.contents.keptElsewhere(key)) saved += size;
    return saved >= hollowAfterBytes ? this.merge() : Promise.resolve();
  }

  private async load(name: string): Promise<void> {
    const db = await openDatabase(name);
    if (this.closed) {
      db.close();
      return;
    }
    this.db = db;
    await this.readNewer();
    const early = this.early;
    this.early = [];
    for (const update of early) await this.add(update);
  }

  /** Reads what was written since this tab last read (everything, the first time) into the doc. */
  private async readNewer(): Promise<number> {
    const db = this.db as IDBDatabase;
    const { keys, values } = await readUpdates(db, this.lastRead);
    const updates = values.filter((_, i) => !this.ownKeys.has(keys[i] as number));
    // A year's doc is megabytes: applied in pieces, each a short task, the page gets its
    // turns between them. Our listener ignores what we read (origin this), but while any
    // listens, Yjs encodes each change again as an update for it: it is off while a piece
    // is applied (nothing else runs then) and on between pieces, when others may write.
    const read: KeptRead = { unfilled: [], whole: new Map() };
    for (const batch of batchesOf(updates)) {
      if (this.closed) break;
      this.doc.off('update', this.onUpdate);
      try {
        applyKeptInto(read, this.doc, batch, this.contents, this);
      } finally {
        if (!this.closed) this.doc.on('update', this.onUpdate);
      }
      await yieldWhenDue();
    }
    if (read.unfilled.length) console.warn(`${read.unfilled.length} hollow values without their bytes`);
    for (const [key, size] of read.whole) this.whole.set(key, size);
    this.lastRead = Math.max(this.lastRead, ...keys);
    this.stored = await countUpdates(db);
    return this.lastRead;
  }

  private async add(update: Uint8Array): Promise<void> {
    const db = this.db;
    if (!db || this.closed) return;
    try {
      for (const key of await addUpdate(db, update)) this.ownKeys.add(key);
    } catch (error) {
      // A full disk: this change is not at rest yet. Nothing is lost that counts — what the
      // device verified is in the verified copy — and the next merge writes the whole doc.
      console.warn('the doc could not be kept', error);
    }
    if (++this.stored >= mergeAfterUpdates) this.mergeSoon();
  }

  private mergeSoon(): void {
    if (this.mergeTimer) clearTimeout(this.mergeTimer);
    this.mergeTimer = setTimeout(() => {
      this.mergeTimer = null;
      void this.merge();
    }, 1000);
  }

  /** One update for the whole doc in place of every update read so far (others' tabs' too). */
  private merge(): Promise<void> {
    this.merging ??= (async () => {
      try {
        const db = this.db;
        if (!db || this.closed) return;
        const upTo = await this.readNewer();
        const contents = this.contents;
        // A year's doc is tens of thousands of structs: written a few hundred at a time, the
        // page getting its turns. What changes meanwhile is in its own updates, kept after `upTo`.
        const whole = contents
          ? await hollowUpdateInSteps(this.doc, contents, yieldWhenDue)
          : Y.encodeStateAsUpdate(this.doc);
        const keys = await replaceUpdates(db, whole, upTo);
        for (const own of [...this.ownKeys]) if (own <= upTo) this.ownKeys.delete(own);
        for (const key of keys) this.ownKeys.add(key);
        this.stored = await countUpdates(db);
        if (contents) {
          // What the copy holds is at rest hollow now; a value taken out of the doc (refused) is not at rest at all.
          const map = this.doc.getMap(contents.mapName);
          for (const name of [...this.whole.keys()]) {
            if (contents.keptElsewhere(name) || !map.has(name)) this.whole.delete(name);
          }
        }
      } catch (error) {
        console.warn('the doc could not be merged', error);
      } finally {
        this.merging = null;
      }
    })();
    return this.merging;
  }

  /** Notes the values a change of ours or a peer's put at rest whole. */
  private noteWhole(transaction: Y.Transaction): void {
    if (!this.contents) return;
    const map = this.doc.getMap(this.contents.mapName);
    for (const key of changedKeys(transaction, map)) {
      const value = map.get(key);
      if (value instanceof Uint8Array && value.length > 0) this.whole.set(key, value.length);
    }
  }
}

/** The updates as pieces (updatePieces.ts), the small ones together: a batch of each piece's size at most. */
function* batchesOf(updates: readonly Uint8Array[]): Generator<Uint8Array[]> {
  let batch: Uint8Array[] = [];
  let bytes = 0;
  for (const update of updates) {
    for (const piece of updatePieces(update)) {
      if (batch.length && bytes + piece.length > pieceLimits.maxBytes) {
        yield batch;
        batch = [];
        bytes = 0;
      }
      batch.push(piece);
      bytes += piece.length;
    }
  }
  if (batch.length) yield batch;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

function openDatabase(name: string): Promise<IDBDatabase> {
  const req = indexedDB.open(name);
  req.onupgradeneeded = () => {
    const db = req.result;
    if (!db.objectStoreNames.contains(updatesStore)) db.createObjectStore(updatesStore, { autoIncrement: true });
    if (!db.objectStoreNames.contains('custom')) db.createObjectStore('custom');
  };
  return request(req);
}

/**
 * Every update after key `after`, a few records a request: reading a stored value back is
 * one task of the page, so a year's doc read in one request is one long task; each request
 * is its own transaction, with the page's turn between them. Another tab's merge meanwhile
 * only adds later keys that hold everything: read twice, an update changes nothing.
 */
async function readUpdates(db: IDBDatabase, after: number): Promise<{ keys: number[]; values: Uint8Array[] }> {
  const keys: number[] = [];
  const values: Uint8Array[] = [];
  for (let from = after; ; ) {
    const store = db.transaction(updatesStore, 'readonly').objectStore(updatesStore);
    const range = IDBKeyRange.lowerBound(from, true);
    const [someKeys, someValues] = await Promise.all([
      request(store.getAllKeys(range, recordsPerRead)),
      request(store.getAll(range, recordsPerRead)),
    ]);
    keys.push(...(someKeys as number[]));
    values.push(...(someValues as Uint8Array[]));
    if (someKeys.length < recordsPerRead) return { keys, values };
    from = someKeys.at(-1) as number;
    await yieldWhenDue();
  }
}

async function countUpdates(db: IDBDatabase): Promise<number> {
  return request(db.transaction(updatesStore, 'readonly').objectStore(updatesStore).count());
}

/** Adds an update, a large one as its pieces (restPieces), in one transaction; their keys. */
async function addUpdate(db: IDBDatabase, update: Uint8Array): Promise<number[]> {
  const tx = db.transaction(updatesStore, 'readwrite');
  const store = tx.objectStore(updatesStore);
  const keys = [...updatePieces(update, restPieces)].map((piece) => request(store.add(piece)));
  await done(tx);
  return (await Promise.all(keys)) as number[];
}

/** Adds `update` (in pieces) and removes every update up to `upTo`, in one transaction: both or neither. */
async function replaceUpdates(db: IDBDatabase, update: Uint8Array, upTo: number): Promise<number[]> {
  const tx = db.transaction(updatesStore, 'readwrite');
  const store = tx.objectStore(updatesStore);
  const keys = [...updatePieces(update, restPieces)].map((piece) => request(store.add(piece)));
  store.delete(IDBKeyRange.upperBound(upTo));
  await done(tx);
  return (await Promise.all(keys)) as number[];
}
