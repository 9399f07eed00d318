// The verified local view of one network, with real indexes. The UI reads these tables
// (through liveQuery), never the Y.Doc.
import { Dexie, type EntityTable } from 'dexie';
import type { Note } from '../core/Note.ts';

export class NetworkDatabase extends Dexie {
  notes!: EntityTable<Note, 'id'>;

  constructor(room: string) {
    super(`buurtruil-view-${room}`);
    this.version(1).stores({
      notes: 'id, time',
    });
  }
}
