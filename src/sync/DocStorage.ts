// Where a room's Y.Doc is kept between visits. A small interface, as automerge-repo's
// storage adapters are, so the session layer runs in Node with docs kept in memory.
import type * as Y from 'yjs';

export interface KeptDoc {
  /** Settles once what was kept has been read into the doc. */
  readonly loaded: Promise<void>;
  /** Stops keeping the doc's changes; what was kept stays. */
  close(): void;
}

export interface DocStorage {
  /** Reads what is kept under `name` into `doc`, and keeps its changes from now on. */
  keep(name: string, doc: Y.Doc): KeptDoc;
}
