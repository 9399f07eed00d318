// How a doc reaches its peers. A small interface, as automerge-repo's network adapters
// are: y-webrtc in the browser, an in-process hub in tests.
import type * as Y from 'yjs';
import type { NewestPosts } from './newestPostsFrame.ts';
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
  /**
   * Shares `doc` with whoever is in this room, until the link is left. With `newest`, a
   * new device is sent the newest posts before the doc, and this one asks for them while
   * its doc is (nearly) empty (newestPostsFrame.ts); a network that sends whole docs at
   * once (in memory) has no use for it.
   */
  join(doc: Y.Doc, room: RoomAddress, newest?: NewestPosts): RoomLink;
}
