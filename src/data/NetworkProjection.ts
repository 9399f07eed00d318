// Keeps the Dexie view in step with the ledger: the verified copy of entries, and the
// tables that tableRows says. Only rows that changed are written.

import { toBase64Url } from '../core/encoding/base64url.ts';
import type { Ledger } from '../core/Ledger.ts';
import type { NetworkDatabase, StoredEntry } from './NetworkDatabase.ts';
import { type TableRows, tableRows } from './tableRows.ts';

type TableName = keyof TableRows;
const tables: TableName[] = ['members', 'posts', 'transfers', 'messages', 'rejected'];
const keyOf = (table: TableName, row: object): string =>
  table === 'members' ? (row as { key: string }).key : (row as { id: string }).id;

export class NetworkProjection {
  private readonly db: NetworkDatabase;
  private readonly ledger: Ledger;
  /** What was last written, per table: key to its JSON. */
  private readonly written = new Map<TableName, Map<string, string>>();
  private readonly storedEntries = new Set<string>();

  constructor(db: NetworkDatabase, ledger: Ledger) {
    this.db = db;
    this.ledger = ledger;
  }

  /** Loads the verified copy kept from earlier sessions into the ledger. */
  async loadVerifiedCopy(): Promise<void> {
    const stored = await this.db.entries.toArray();
    for (const { id } of stored) this.storedEntries.add(id);
    await this.ledger.add(
      stored.map(({ id, bytes }) => [id, bytes] as const),
      { trusted: true },
    );
    // What the tables hold already, so a start writes only what changed since.
    for (const table of tables) {
      const rows = (await this.db[table].toArray()) as object[];
      this.written.set(table, new Map(rows.map((row) => [keyOf(table, row), rowJson(row)])));
    }
  }

  /** Writes new verified entries and every changed row. */
  async update(newEntryIds: readonly string[]): Promise<void> {
    const entries: StoredEntry[] = [];
    for (const id of newEntryIds) {
      const verified = this.storedEntries.has(id) ? undefined : this.ledger.get(id);
      if (verified) {
        entries.push({
          id,
          bytes: verified.bytes,
          author: toBase64Url(verified.entry.author),
          seq: verified.entry.seq,
        });
      }
    }
    const rows = tableRows(this.ledger.state, this.ledger.rejections());
    const changes = tables.map((table) => this.diff(table, rows[table]));
    await this.db.transaction('rw', [this.db.entries, ...tables.map((t) => this.db[t])], async () => {
      if (entries.length) await this.db.entries.bulkPut(entries);
      for (const { table, put, remove } of changes) {
        if (put.length) await (this.db[table] as unknown as { bulkPut(rows: object[]): Promise<unknown> }).bulkPut(put);
        if (remove.length) await this.db[table].bulkDelete(remove);
      }
    });
    for (const { id } of entries) this.storedEntries.add(id);
    for (const { table, next } of changes) this.written.set(table, next);
  }

  /** Clears the tables and writes them anew from the ledger. */
  async rebuild(): Promise<void> {
    this.written.clear();
    await this.db.transaction(
      'rw',
      tables.map((t) => this.db[t]),
      async () => {
        for (const table of tables) await this.db[table].clear();
      },
    );
    await this.update([]);
  }

  private diff(table: TableName, rows: readonly object[]) {
    const before = this.written.get(table) ?? new Map<string, string>();
    const next = new Map<string, string>();
    const put: object[] = [];
    for (const row of rows) {
      const key = keyOf(table, row);
      const json = rowJson(row);
      next.set(key, json);
      if (before.get(key) !== json) put.push(row);
    }
    const remove = [...before.keys()].filter((key) => !next.has(key));
    return { table, put, remove, next };
  }
}

function rowJson(row: object): string {
  return JSON.stringify(row, (_k, v) => (v instanceof Uint8Array ? Array.from(v) : v));
}
