// How a doc reaches its peers. A small interface, as automerge-repo's network adapters
// are: y-webrtc in the browser, an in-process hub in tests.
import type * as Y from 'yjs';
import type { SyncStatus } from './SyncStatus.ts';

export interface RoomAddress {
  /** The room's name: what a relay sees. */
  name: string;
  /** The room's password: encrypts signalling, known to readers only. */
  password: string;
}

export type PeerCounts = Omit<SyncStatus, 'loaded'>;

export interface RoomLink {
  peers(): PeerCounts;
  /** Called whenever the counts may have changed. */
  onChange(listener: () => void): () => void;
  leave(): void;
}

export interface RoomNetwork {
  /** Shares `doc` with whoever is in this room, until the link is left. */
  join(doc: Y.Doc, room: RoomAddress): RoomLink;
}
