// The verified local view of one network, with real indexes. The UI reads these tables
// (through liveQuery), never the Y.Doc. `entries` is the verified copy of every entry:
// what a peer removes from the doc is put back from here, also after a reload.
import { Dexie, type EntityTable } from 'dexie';
import type { MemberRow, MessageRow, PostRow, RejectionRow, TransferRow } from './tableRows.ts';

export interface StoredEntry {
  id: string;
  bytes: Uint8Array;
  /**
   * Only on the entries this device wrote (WritePipeline): the [author+seq] index finds what
   * another tab of this profile wrote. Entries from peers go without: a year's index of
   * them was about 7 MB, and nothing reads it (the ledger knows every chain once loaded).
   */
  author?: string;
  seq?: number;
}

export class NetworkDatabase extends Dexie {
  entries!: EntityTable<StoredEntry, 'id'>;
  members!: EntityTable<MemberRow, 'key'>;
  posts!: EntityTable<PostRow, 'id'>;
  transfers!: EntityTable<TransferRow, 'id'>;
  messages!: EntityTable<MessageRow, 'id'>;
  rejected!: EntityTable<RejectionRow, 'id'>;

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
    // Indexes nothing reads: each held a key of 43 characters (twice, with the row's own)
    // per row, about 9 MB of a year's 20,000 transfers. Hours are read by member (*parties).
    this.version(2)
      .stores({
        transfers: 'id, *parties',
        messages: 'id, [conversation+time]',
      })
      .upgrade((tx) =>
        // Every entry kept so far is read into the ledger at the next opening, before any
        // write: the index is only needed for what another tab writes from now on.
        tx
          .table('entries')
          .toCollection()
          .modify((entry: StoredEntry) => {
            delete entry.author;
            delete entry.seq;
          }),
      );
  }
}
