// reconcile's comparison of the Dexie tables with the ledger's state, in steps: the rows a
// state makes against what each table holds, giving what to put and what to remove.
import type { NetworkState } from '../../core/state/NetworkState.ts';
import type { Rejection } from '../../core/state/Rejection.ts';
import { yieldWhenDue } from '../../sync/yieldToPage.ts';
import { type TableRows, tableRowsInSteps } from './tableRows.ts';

export type TableName = keyof TableRows;
export const tables: TableName[] = ['members', 'posts', 'transfers', 'messages', 'rejected'];
/** Rows compared between two looks at the clock (yieldWhenDue). */
const rowsPerPause = 32;
export const keyOf = (table: TableName, row: object): string =>
  table === 'members' ? (row as { key: string }).key : (row as { id: string }).id;

/** The entry a row is made of: its key, or a group record's for one of its parts ("<record>.<n>"). */
export function entryOfRow(key: string): string {
  const dot = key.indexOf('.');
  return dot < 0 ? key : key.slice(0, dot);
}

/** What differs between the tables and the state: rows to put (with their JSON), keys to remove. */
export interface TableDifferences {
  put: Record<TableName, object[]>;
  remove: Record<TableName, string[]>;
  /** The JSON of each row put, as compared. */
  compared: Map<object, string>;
}

/** Compares every table (`written`: key to the row's JSON) with the rows `state` makes. */
export async function compareTables(
  written: ReadonlyMap<TableName, ReadonlyMap<string, string>>,
  state: NetworkState,
  rejections: ReadonlyMap<string, { reason: Rejection; detail: string }>,
  readers: ReadonlySet<string> | undefined,
): Promise<TableDifferences> {
  // A year's rows are made and compared in slices, the page given a turn between: in
  // one go they are a task of a few hundred ms.
  const steps = tableRowsInSteps(state, rejections, readers);
  let step = steps.next();
  for (; !step.done; step = steps.next()) await yieldWhenDue();
  const rows = step.value;
  const put = {} as Record<TableName, object[]>;
  const remove = {} as Record<TableName, string[]>;
  const compared = new Map<object, string>();
  for (const table of tables) {
    const before = written.get(table) ?? new Map<string, string>();
    const keys = new Set<string>();
    put[table] = [];
    for (const row of rows[table] as object[]) {
      const key = keyOf(table, row);
      keys.add(key);
      const json = rowJson(row);
      if (before.get(key) !== json) {
        put[table].push(row);
        compared.set(row, json);
      }
      if (keys.size % rowsPerPause === 0) await yieldWhenDue();
    }
    // History below a counting checkpoint is final (§4.8): its rows stay though the state
    // now starts after it (a group record's part rows, "<record>.<n>", with their record's
    // entry). Members are always as the state has them.
    const settled = table === 'members' ? undefined : state.checkpoint?.settled;
    remove[table] = [...before.keys()].filter((key) => !keys.has(key) && !settled?.(entryOfRow(key)));
  }
  return { put, remove, compared };
}

export function rowJson(row: object): string {
  return JSON.stringify(row, (_k, v) => (v instanceof Uint8Array ? Array.from(v) : v));
}
