// The verified local view of one network, with real indexes. The UI reads these tables
// (through liveQuery), never the Y.Doc. `copy` and `entries` are the verified copy of every
// entry: what a peer removes from the doc is put back from here, also after a reload.
import { Dexie, type EntityTable } from 'dexie';
import type { MemberRow, MessageRow, PostRow, RejectionRow, TransferRow } from './tableRows.ts';
import { fullPart, pack } from './verifiedCopy.ts';

export interface StoredEntry {
  id: string;
  bytes: Uint8Array;
  /** Its place in its author's chain: the [author+seq] index finds what another tab wrote. */
  author: string;
  seq: number;
}

/** Entries of the verified copy packed in one row (verifiedCopy.ts). */
export interface PackedEntries {
  n?: number;
  ids: string[];
  sizes: number[];
  /** Their bytes one after the other. */
  bytes: Uint8Array;
}

/** A checkpoint's summary or one of its pages, under the base64url of its SHA-256. */
export interface CheckpointPage {
  hash: string;
  bytes: Uint8Array;
}

export class NetworkDatabase extends Dexie {
  /** The entries this device wrote itself, one row each (the rest of the copy is in `copy`). */
  entries!: EntityTable<StoredEntry, 'id'>;
  /** The verified copy, packed. */
  copy!: EntityTable<PackedEntries, 'n'>;
  members!: EntityTable<MemberRow, 'key'>;
  posts!: EntityTable<PostRow, 'id'>;
  transfers!: EntityTable<TransferRow, 'id'>;
  messages!: EntityTable<MessageRow, 'id'>;
  rejected!: EntityTable<RejectionRow, 'id'>;
  /** The summary and pages of the checkpoint this device derives across (checkpointPages.ts). */
  pages!: EntityTable<CheckpointPage, 'hash'>;

  constructor(networkId: string) {
    super(`buurtruil-view-${networkId}`);
    this.version(1).stores({
      entries: 'id, [author+seq]',
      members: 'key, status, name',
      posts: 'id, [category+created], created, author, kind, status',
      transfers: 'id, from, to, time, *parties',
      messages: 'id, [conversation+time], to, from',
      rejected: 'id, reason',
    });
    // The verified copy packed (a row per entry and its keys were most of a year's view),
    // and no more indexes nothing reads: each held two 43-character keys per row.
    this.version(2)
      .stores({
        copy: '++n',
        transfers: 'id, *parties',
        messages: 'id, [conversation+time]',
      })
      .upgrade(async (tx) => {
        // Every entry kept so far is read into the ledger at the next opening, before any
        // write: [author+seq] is only needed for what another tab writes from now on.
        const entries = tx.table<StoredEntry, string>('entries');
        const kept = await entries.toArray();
        const copy = tx.table<PackedEntries, number>('copy');
        for (let i = 0; i < kept.length; i += fullPart) await copy.add(pack(kept.slice(i, i + fullPart)));
        await entries.clear();
      });
    // The checkpoint a device derives across, read before the doc at the next opening.
    this.version(3).stores({ pages: 'hash' });
  }
}
