// Where a room's Y.Doc is kept between visits. A small interface, as automerge-repo's
// storage adapters are, so the session layer runs in Node with docs kept in memory.
import type * as Y from 'yjs';
import type { DocContents } from './hollowDoc.ts';

export type { DocContents };

export interface KeptDoc {
  /** Settles once what was kept has been read into the doc. */
  readonly loaded: Promise<void>;
  /**
   * Writes the doc at rest again as one update, leaving out the bytes that `contents` keeps
   * (when that saves enough to be worth it). Settles when written; nothing to do without contents.
   */
  compact(): Promise<void>;
  /** Stops keeping the doc's changes; what was kept stays. */
  close(): void;
}

export interface DocStorage {
  /**
   * Reads what is kept under `name` into `doc`, and keeps its changes from now on. With
   * `contents`, values it keeps are left out at rest (once compacted) and filled from it on reading.
   */
  keep(name: string, doc: Y.Doc, contents?: DocContents): KeptDoc;
  /** Lets go of what is kept under `name` (a part a phone no longer keeps, §7.1); settles when gone. */
  forget(name: string): Promise<void>;
}
