// One room of a network on this device: a Y.Doc kept in storage and shared in a network
// room, the ledger that verifies what arrives, and how connected it is. The doc is only
// transport; what counts is what the ledger accepted. The network room can change (a new
// epoch after a suspension) while the doc stays.
import * as Y from 'yjs';
import { entriesMapName, type LogChange, YjsEntryLog } from '../core/adapters/yjsEntryLog.ts';
import { YjsSummaryPages } from '../core/adapters/yjsSummaryPages.ts';
import type { SignedEntry } from '../core/entry/Entry.ts';
import { newestPostsToShare } from '../core/entry/newestPosts.ts';
import { Ledger, type LedgerOptions } from '../core/Ledger.ts';
import type { DocStorage, KeptDoc } from './DocStorage.ts';
import { type NewestPosts, newestPostsBytes, newestPostsCount } from './newestPostsFrame.ts';
import type { RoomAddress, RoomLink, RoomNetwork } from './RoomNetwork.ts';
import { offlineStatus, type SyncStatus } from './SyncStatus.ts';

export type { LogChange };

/** The entries this device keeps at rest outside the doc (the member room's verified copy). */
export interface KeptCopy {
  has(id: string): boolean;
}

export class Room {
  readonly ledger: Ledger;
  private readonly doc = new Y.Doc();
  private kept: KeptDoc | null = null;
  private readonly storage: DocStorage;
  private readonly storageName: string;
  private readonly network: RoomNetwork;
  private log: YjsEntryLog | null = null;
  private pages: YjsSummaryPages | null = null;
  /** The network rooms this doc is shared in: one, except for the rekey notices (several epochs). */
  private readonly links = new Map<string, { link: RoomLink; stop: () => void }>();
  private loaded = false;
  private readonly entryListeners = new Set<(change: LogChange) => void>();
  private readonly arrivalListeners = new Set<(fresh: readonly (readonly [string, unknown])[]) => void>();
  private readonly statusListeners = new Set<(status: SyncStatus) => void>();
  private lastStatus = '';
  /** Reads the doc's "foreign" map too: a linked network's entries (the member doc only). */
  private readonly foreign: boolean;
  /** Sends a new device the newest posts first, and asks for them while new (the member doc only). */
  private readonly newest: NewestPosts | null;
  private readonly newestListeners = new Set<(entries: readonly Uint8Array[]) => void>();
  private readonly syncedListeners = new Set<() => void>();

  constructor(
    networkId: string,
    storageName: string,
    storage: DocStorage,
    network: RoomNetwork,
    ledgerOptions: LedgerOptions = {},
    { foreign = false, newestFirst = false }: { foreign?: boolean; newestFirst?: boolean } = {},
  ) {
    this.ledger = new Ledger(networkId, ledgerOptions);
    this.foreign = foreign;
    const ledger = this.ledger;
    this.newest = newestFirst
      ? {
          newest: () =>
            newestPostsToShare(ledger.state, (id) => ledger.bytesOf(id), Date.now(), {
              count: newestPostsCount,
              maxBytes: newestPostsBytes,
            }),
          heard: (entries) => {
            for (const listener of this.newestListeners) listener(entries);
          },
          synced: () => {
            for (const listener of this.syncedListeners) listener();
          },
        }
      : null;
    this.network = network;
    this.storage = storage;
    this.storageName = storageName;
  }

  /**
   * Reads what this device kept: first `seed` (the verified copy, trusted, and much
   * cheaper than verifying the doc's entries again), then the doc. With `copy`, the doc at
   * rest leaves out the bytes of the entries the copy holds (hollowDoc.ts): it is read
   * after the seed, which fills them in.
   */
  async open(seed?: (ledger: Ledger) => Promise<void>, copy?: KeptCopy): Promise<LogChange> {
    if (seed) await seed(this.ledger);
    const ledger = this.ledger;
    const contents = copy
      ? {
          mapName: entriesMapName,
          bytesOf: (id: string) => ledger.bytesOf(id),
          keptElsewhere: (id: string) => copy.has(id),
        }
      : undefined;
    const kept = this.storage.keep(this.storageName, this.doc, contents);
    this.kept = kept;
    // The log reads the doc once it is loaded (load() below), not value by value as it loads.
    await kept.loaded;
    const log = new YjsEntryLog(this.doc, this.ledger, {
      foreign: this.foreign,
      arriving: (fresh) => {
        for (const listener of this.arrivalListeners) listener(fresh);
      },
    });
    this.log = log;
    log.onChange((change) => {
      for (const listener of this.entryListeners) listener(change);
    });
    this.loaded = true;
    this.emitStatus();
    return log.load();
  }

  /** Writes the doc at rest without the bytes the copy now holds (when that saves enough). */
  compactAtRest(): Promise<void> {
    return this.kept?.compact() ?? Promise.resolve();
  }

  /** Joins a network room (leaving the one before, if any). */
  join(room: RoomAddress): void {
    this.joinAll([room]);
  }

  /** Shares the doc in exactly these network rooms: joins the new ones, leaves the others. */
  joinAll(rooms: readonly RoomAddress[]): void {
    const wanted = new Set(rooms.map((room) => room.name));
    for (const [name, known] of this.links) {
      if (wanted.has(name)) continue;
      known.stop();
      this.links.delete(name);
    }
    for (const room of rooms) {
      if (this.links.has(room.name)) continue;
      const link = this.network.join(this.doc, room, this.newest ?? undefined);
      const stopListening = link.onChange(() => this.emitStatus());
      this.links.set(room.name, {
        link,
        stop: () => {
          stopListening();
          link.leave();
        },
      });
    }
    this.emitStatus();
  }

  /**
   * The doc itself, for the link rooms' carriers (links/LinkRooms.ts), which read its entries
   * and write its "foreign" map; everything else goes through the ledger and this room.
   */
  get sharedDoc(): Y.Doc {
    return this.doc;
  }

  /** The checkpoints' summaries and pages in this doc (§4.8): made at the first call. */
  get summaryPages(): YjsSummaryPages {
    this.pages ??= new YjsSummaryPages(this.doc);
    return this.pages;
  }

  /** Called with every change the ledger took from the doc or from us. */
  onEntries(listener: (change: LogChange) => void): () => void {
    this.entryListeners.add(listener);
    return () => this.entryListeners.delete(listener);
  }

  /**
   * Called with the new values of each change of the doc ([id, bytes], unchecked) just before
   * the ledger reads them, e.g. to pick out posts to show while being checked (§3.5). The
   * `onEntries` call that follows (when the ledger took any of them) comes before the next
   * arrival: the doc's changes are read one after another.
   */
  onArriving(listener: (fresh: readonly (readonly [string, unknown])[]) => void): () => void {
    this.arrivalListeners.add(listener);
    return () => this.arrivalListeners.delete(listener);
  }

  /**
   * Called with the posts' bytes a peer sent this device first, because its doc was (nearly)
   * empty (newestPostsFrame.ts): unchecked, for the board's "being checked" only (§3.5).
   */
  onNewestPosts(listener: (entries: readonly Uint8Array[]) => void): () => void {
    this.newestListeners.add(listener);
    return () => this.newestListeners.delete(listener);
  }

  /** Called when a peer has sent this device its whole doc (the doc holds it; the ledger may still be reading). */
  onSynced(listener: () => void): () => void {
    this.syncedListeners.add(listener);
    return () => this.syncedListeners.delete(listener);
  }

  /** Adds our own new entry: to the ledger first (it must be authentic), then to the doc. */
  append(signed: SignedEntry): Promise<void> {
    return this.openLog().append(signed);
  }

  /** Adds our own entry under a Yjs client id of its own (an anonymous answer: YjsEntryLog.appendApart). */
  appendApart(signed: SignedEntry): Promise<void> {
    return this.openLog().appendApart(signed);
  }

  /** Adds an entry we hold (ours, or one carried over from another room). */
  appendForeign(id: string, bytes: Uint8Array): Promise<void> {
    return this.openLog().appendForeign(id, bytes);
  }

  /** Puts verified entries the doc lacks back into it; returns how many someone had deleted. */
  restoreMissing(): Promise<number> {
    return this.openLog().restoreMissing();
  }

  /** Waits until everything the doc brought so far has been verified. */
  settled(): Promise<void> {
    return this.log?.settled() ?? Promise.resolve();
  }

  status(): SyncStatus {
    const status = { ...offlineStatus, loaded: this.loaded };
    for (const { link } of this.links.values()) {
      const peers = link.peers();
      status.relays = Math.max(status.relays, peers.relays);
      status.webrtcPeers += peers.webrtcPeers;
      status.broadcastPeers += peers.broadcastPeers;
    }
    return status;
  }

  onStatus(listener: (status: SyncStatus) => void): () => void {
    this.statusListeners.add(listener);
    listener(this.status());
    return () => this.statusListeners.delete(listener);
  }

  destroy(): void {
    this.log?.destroy();
    this.pages?.destroy();
    this.entryListeners.clear();
    this.arrivalListeners.clear();
    this.newestListeners.clear();
    this.syncedListeners.clear();
    this.statusListeners.clear();
    for (const { stop } of this.links.values()) stop();
    this.links.clear();
    this.kept?.close();
    this.doc.destroy();
  }

  private openLog(): YjsEntryLog {
    if (!this.log) throw new Error('room not open yet');
    return this.log;
  }

  private emitStatus(): void {
    const status = this.status();
    const key = JSON.stringify(status);
    if (key === this.lastStatus) return;
    this.lastStatus = key;
    for (const listener of this.statusListeners) listener(status);
  }
}
