// Keeps the Dexie view in step with the ledger: the verified copy of entries, and the
// tables that tableRows says. A new entry applied in place writes only the rows it
// touched; after a rebuild, the tables are compared with what they hold and only the
// differences are written.
import type { Ledger } from '../../core/Ledger.ts';
import type { Message, NetworkState } from '../../core/state/NetworkState.ts';
import { yieldToPage, yieldWhenDue } from '../../sync/yieldToPage.ts';
import type { NetworkDatabase } from './NetworkDatabase.ts';
import { compareTables, keyOf, rowJson, type TableName, tables } from './tableComparison.ts';
import { memberRow, type PostRow, postRow, readBy, rowsTouchedBy, type TransferRow, transferRow } from './tableRows.ts';
import { type CopiedEntry, fullPart, mergeParts, pack, readCopy, smallPartsBeforeMerge } from './verifiedCopy.ts';

export interface ProjectionChange {
  accepted: readonly string[];
  refused: readonly string[];
  /** The ledger derived its state anew: any row may have changed. */
  rebuilt: boolean;
}

/**
 * Post rows just written (after their transaction): a page that shows thousands of posts
 * patches its copy with these instead of reading the whole table again for each new post.
 */
export interface PostRowsWritten {
  /** The table was emptied first (a rebuild): what follows is all of it. */
  cleared: boolean;
  put: readonly PostRow[];
  removed: readonly string[];
}

export class NetworkProjection {
  private readonly db: NetworkDatabase;
  private readonly ledger: Ledger;
  private readonly onPosts: (written: PostRowsWritten) => void;
  /** Whose messages become rows (messageReaders.ts); everyone's when not given. */
  private readonly readers: ((state: NetworkState) => ReadonlySet<string>) | undefined;
  /** What the tables hold, per table: key to the row's JSON. Read when first needed. */
  private written: Map<TableName, Map<string, string>> | null = null;
  private readonly storedEntries = new Set<string>();
  /** Entries a write still going is copying: a projection beside it leaves them to that one. */
  private readonly copying = new Set<string>();
  /** Parts of the copy with a few entries each (they came one by one): packed together in time. */
  private smallParts: number[] = [];

  constructor(
    db: NetworkDatabase,
    ledger: Ledger,
    onPosts: (written: PostRowsWritten) => void = () => {},
    readers?: (state: NetworkState) => ReadonlySet<string>,
  ) {
    this.db = db;
    this.ledger = ledger;
    this.onPosts = onPosts;
    this.readers = readers;
  }

  /** Loads the verified copy kept from earlier sessions into the ledger. */
  async loadVerifiedCopy(): Promise<void> {
    const { entries, small } = await readCopy(this.db, yieldWhenDue);
    for (const id of entries.keys()) this.storedEntries.add(id);
    this.smallParts = small;
    await this.ledger.add(entries, { trusted: true });
  }

  /** Is this entry at rest in the verified copy (written, as far as this session knows)? */
  isStored(id: string): boolean {
    return this.storedEntries.has(id);
  }

  /** Entries the ledger holds that the verified copy does not have yet. */
  unstoredEntries(): string[] {
    return [...this.ledger.entries()].map((e) => e.idText).filter((id) => !this.storedEntries.has(id));
  }

  /**
   * Writes new verified entries and the rows they changed. After a rebuild, every row that
   * differs and every entry not in the copy yet: a change projected while the state was being
   * derived anew (a new device waiting for its checkpoint's summary) is written then.
   */
  async update(change: ProjectionChange): Promise<void> {
    if (change.rebuilt) return this.reconcile();
    const state = this.ledger.state;
    const applied = change.accepted
      .map((id) => this.ledger.get(id))
      .filter((e): e is NonNullable<typeof e> => e !== undefined);
    const touched = rowsTouchedBy(state, applied);
    const rejections = this.ledger.rejections();
    const readers = this.readers?.(state);
    const put: Record<TableName, object[]> = {
      members: [...touched.members].map((k) => memberRow(state, k)).filter((r) => r !== null),
      posts: [...touched.posts].map((id) => postRow(state, id)).filter((r) => r !== null),
      transfers: [...touched.transfers]
        .map((id) => transferRow(state, id))
        .filter((r): r is TransferRow => r !== null && readBy(r, readers)),
      messages: [...touched.messages]
        .map((id) => state.messages.get(id))
        .filter((r): r is Message => r !== undefined && readBy(r, readers)),
      rejected: [...change.accepted, ...change.refused]
        .filter((id) => rejections.has(id))
        .map((id) => ({ id, ...(rejections.get(id) as object) })),
    };
    await this.write(this.newEntries(change.accepted), put, {
      members: [],
      posts: [],
      transfers: [],
      messages: [],
      rejected: [],
    });
  }

  /** Compares every table with the ledger's state and writes what differs. */
  async reconcile(newEntryIds: readonly string[] = this.unstoredEntries()): Promise<void> {
    const written = await this.readWritten();
    const state = this.ledger.state;
    // Stepped, the page given turns (tableComparison.ts); the state read is the one taken above.
    const { put, remove, compared } = await compareTables(
      written,
      state,
      this.ledger.rejections(),
      this.readers?.(state),
    );
    // The JSON just compared is what is remembered as written: made once per row, not twice.
    await this.write(this.newEntries(newEntryIds), put, remove, (row) => compared.get(row) ?? rowJson(row));
  }

  /** Clears the tables and writes them anew from the ledger. */
  async rebuild(): Promise<void> {
    await this.db.transaction(
      'rw',
      tables.map((t) => this.db[t]),
      async () => {
        for (const table of tables) await this.db[table].clear();
      },
    );
    this.written = null;
    this.onPosts({ cleared: true, put: [], removed: [] });
    await this.reconcile([]);
  }

  private newEntries(ids: readonly string[]): CopiedEntry[] {
    const entries: CopiedEntry[] = [];
    for (const id of ids) {
      const verified = this.storedEntries.has(id) || this.copying.has(id) ? undefined : this.ledger.get(id);
      if (verified) entries.push({ id, bytes: verified.bytes });
    }
    return entries;
  }

  private async readWritten(): Promise<Map<TableName, Map<string, string>>> {
    if (!this.written) {
      const written = new Map<TableName, Map<string, string>>();
      for (const table of tables) {
        const rows = (await this.db[table].toArray()) as object[];
        written.set(table, new Map(rows.map((row) => [keyOf(table, row), rowJson(row)])));
      }
      this.written = written;
    }
    return this.written;
  }

  private async write(
    entries: CopiedEntry[],
    put: Record<TableName, object[]>,
    remove: Record<TableName, string[]>,
    jsonOf: (row: object) => string = rowJson,
  ): Promise<void> {
    for (const { id } of entries) this.copying.add(id);
    try {
      await this.writeParts(entries, put, remove, jsonOf);
    } finally {
      for (const { id } of entries) this.copying.delete(id);
    }
    if (this.smallParts.length >= smallPartsBeforeMerge) {
      const small = this.smallParts;
      const merged = await mergeParts(this.db, small);
      this.smallParts = [...this.smallParts.filter((key) => !small.includes(key)), ...merged];
    }
  }

  private async writeParts(
    entries: CopiedEntry[],
    put: Record<TableName, object[]>,
    remove: Record<TableName, string[]>,
    jsonOf: (row: object) => string,
  ): Promise<void> {
    // A first projection (a year of entries) is written a few thousand rows at a time,
    // each part its own transaction, with the page given a turn between: one transaction
    // of everything holds the main thread for seconds while IndexedDB copies it. A part
    // left unwritten (the page closed) is found and written by the next reconcile.
    for (const part of inParts(entries, put, remove)) {
      await this.db.transaction('rw', [this.db.copy, ...tables.map((t) => this.db[t])], async () => {
        for (let at = 0; at < part.entries.length; at += fullPart) {
          const some = part.entries.slice(at, at + fullPart);
          const key = (await this.db.copy.add(pack(some))) as number;
          if (some.length < fullPart) this.smallParts.push(key);
        }
        for (const table of tables) {
          const rows = part.put[table];
          if (rows.length)
            await (this.db[table] as unknown as { bulkPut(rows: object[]): Promise<unknown> }).bulkPut(rows);
          if (part.remove[table].length) await this.db[table].bulkDelete(part.remove[table]);
        }
      });
      for (const { id } of part.entries) this.storedEntries.add(id);
      if (part.put.posts.length || part.remove.posts.length) {
        this.onPosts({ cleared: false, put: part.put.posts as PostRow[], removed: part.remove.posts });
      }
      if (this.written) {
        for (const table of tables) {
          const known = this.written.get(table) ?? new Map<string, string>();
          for (const row of part.put[table]) known.set(keyOf(table, row), jsonOf(row));
          for (const key of part.remove[table]) known.delete(key);
          this.written.set(table, known);
        }
      }
      if (part.more) await yieldToPage();
    }
  }
}

/**
 * Rows written in one transaction at most: IndexedDB copies each on the main thread, and
 * 2,000 made tasks of 270-415 ms in a first verification of a year (300: under 50 ms each
 * on the bench machine).
 */
const partSize = 300;
/**
 * An entry of the verified copy weighs this much of a row: entries go in packs of fullPart,
 * one value each, so IndexedDB copies few values for many entries (a new device's first
 * projection waited on a commit for every 300 of them). A part of entries alone is eight
 * full packs (the weight is 75/512: sums of it are exact).
 */
const entryWeight = partSize / (8 * fullPart);

interface Part {
  entries: CopiedEntry[];
  put: Record<TableName, object[]>;
  remove: Record<TableName, string[]>;
  more: boolean;
}

/** Splits a write into parts of at most partSize rows' weight (a small write is one part). */
function* inParts(
  entries: CopiedEntry[],
  put: Record<TableName, object[]>,
  remove: Record<TableName, string[]>,
): Generator<Part> {
  const empty = (): Part => ({
    entries: [],
    put: { members: [], posts: [], transfers: [], messages: [], rejected: [] },
    remove: { members: [], posts: [], transfers: [], messages: [], rejected: [] },
    more: false,
  });
  const total =
    entries.length * entryWeight + tables.reduce((n, table) => n + put[table].length + remove[table].length, 0);
  if (total <= partSize) {
    yield { entries, put, remove, more: false };
    return;
  }
  let part = empty();
  let size = 0;
  let left = total;
  /** Adds an item's weight to the part: true when the part is full. */
  const full = (weight = 1) => {
    size += weight;
    return size >= partSize;
  };
  const next = function* () {
    left -= size;
    part.more = left > 0;
    yield part;
    part = empty();
    size = 0;
  };
  // What the board shows comes first — members (names), then posts, newest first — so a
  // new device shows the newest posts while the rest of a year is still being written; the
  // verified copy of the entries comes last (one left unwritten is written at the next open).
  for (const table of tables) {
    const rows = table === 'posts' ? newestFirst(put.posts as PostRow[]) : put[table];
    for (const row of rows) {
      part.put[table].push(row);
      if (full()) yield* next();
    }
    for (const key of remove[table]) {
      part.remove[table].push(key);
      if (full()) yield* next();
    }
  }
  // The entries start a part of their own, so each part but the last holds full packs.
  if (size > 0 && entries.length > 0) yield* next();
  for (const entry of entries) {
    part.entries.push(entry);
    if (full(entryWeight)) yield* next();
  }
  if (size > 0) yield* next();
}

function newestFirst(posts: PostRow[]): PostRow[] {
  return [...posts].sort((a, b) => b.created - a.created);
}
