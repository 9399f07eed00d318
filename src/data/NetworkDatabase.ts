// The verified local view of one network, with real indexes. The UI reads these tables
// (through liveQuery), never the Y.Doc. `entries` is the verified copy of every entry:
// what a peer removes from the doc is put back from here, also after a reload.
import { Dexie, type EntityTable } from 'dexie';
import type { Note } from '../core/Note.ts';
import type { MemberRow, MessageRow, PostRow, RejectionRow, TransferRow } from './tableRows.ts';

export interface StoredEntry {
  id: string;
  bytes: Uint8Array;
}

export class NetworkDatabase extends Dexie {
  notes!: EntityTable<Note, 'id'>;
  entries!: EntityTable<StoredEntry, 'id'>;
  members!: EntityTable<MemberRow, 'key'>;
  posts!: EntityTable<PostRow, 'id'>;
  transfers!: EntityTable<TransferRow, 'id'>;
  messages!: EntityTable<MessageRow, 'id'>;
  rejected!: EntityTable<RejectionRow, 'id'>;

  constructor(name: string) {
    super(`buurtruil-view-${name}`);
    this.version(1).stores({
      notes: 'id, time',
    });
    this.version(2).stores({
      entries: 'id',
      members: 'key, status, name',
      posts: 'id, [category+created], created, author, kind, status',
      transfers: 'id, from, to, time, *parties',
      messages: 'id, [conversation+time], to, from',
      rejected: 'id, reason',
    });
  }
}
