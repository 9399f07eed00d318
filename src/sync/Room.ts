// One room of a network on this device: its Y.Doc kept in storage and shared in a network
// room, the ledger that verifies what arrives, and how connected it is. The docs are only
// transport; what counts is what the ledger accepted. The network room can change (a new
// epoch after a suspension) while the doc stays. The member room's history may be in parts
// (docs/protocol.md §7.1): a doc per checkpoint besides the first, all read into the one
// ledger, the newest written to.

import type * as Y from 'yjs';
import { TaskQueue } from '../core/adapters/TaskQueue.ts';
import type { LogChange } from '../core/adapters/yjsEntryLog.ts';
import type { SignedEntry } from '../core/entry/Entry.ts';
import { newestPostsToShare } from '../core/entry/newestPosts.ts';
import { Ledger, type LedgerOptions } from '../core/Ledger.ts';
import type { DocStorage } from './DocStorage.ts';
import { type NewestPosts, newestPostsBytes, newestPostsCount } from './newestPostsFrame.ts';
import { PagesAcrossParts } from './PagesAcrossParts.ts';
import { type KeptCopy, RoomDoc, type RoomDocReading } from './RoomDoc.ts';
import type { RoomAddress, RoomNetwork } from './RoomNetwork.ts';
import { offlineStatus, type SyncStatus } from './SyncStatus.ts';

export type { KeptCopy, LogChange };

export class Room {
  readonly ledger: Ledger;
  /** One queue for the logs of every doc: the ledger reads one batch at a time. */
  private readonly queue = new TaskQueue();
  private readonly storage: DocStorage;
  private readonly storageName: string;
  private readonly network: RoomNetwork;
  /** The room's first doc: the whole history until a checkpoint counts (D0 of §7.1). */
  private readonly home: RoomDoc;
  /** The parts after checkpoints, by the base64url of their summary's hash, in the order opened. */
  private readonly parts = new Map<string, RoomDoc>();
  private pages: PagesAcrossParts | null = null;
  private copy: KeptCopy | undefined;
  /** The first doc is kept at rest (false on a phone that let go of it, §7.1). */
  private firstDocAtRest = true;
  private loaded = false;
  private readonly entryListeners = new Set<(change: LogChange) => void>();
  private readonly arrivalListeners = new Set<(fresh: readonly (readonly [string, unknown])[]) => void>();
  private readonly statusListeners = new Set<(status: SyncStatus) => void>();
  private lastStatus = '';
  /** Reads the docs' "foreign" maps too: a linked network's entries (the member room only). */
  private readonly foreign: boolean;
  /** Sends a new device the newest posts first, and asks for them while new (the member room only). */
  private readonly newest: NewestPosts | undefined;
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
      : undefined;
    this.network = network;
    this.storage = storage;
    this.storageName = storageName;
    this.home = this.makeDoc(storageName);
  }

  /**
   * Reads what this device kept: first `seed` (the verified copy, trusted, and much
   * cheaper than verifying the doc's entries again), then the doc. With `copy`, the docs at
   * rest leave out the bytes of the entries the copy holds (hollowDoc.ts): they are read
   * after the seed, which fills them in.
   */
  async open(
    seed?: (ledger: Ledger) => Promise<void>,
    copy?: KeptCopy,
    { firstDocAtRest = true } = {},
  ): Promise<LogChange> {
    if (seed) await seed(this.ledger);
    this.copy = copy;
    this.firstDocAtRest = firstDocAtRest;
    const change = await this.home.open({ ...this.reading(), atRest: firstDocAtRest });
    this.loaded = true;
    this.emitStatus();
    return change;
  }

  /**
   * Opens the part after the checkpoint whose summary hash is `summary` (base64url), written to from then on (the
   * newest part opened is). Null when it is open already, else what its log read from storage.
   */
  async openPart(summary: string): Promise<LogChange | null> {
    if (this.parts.has(summary)) return null;
    const part = this.makeDoc(`${this.storageName}-part-${summary}`);
    this.parts.set(summary, part);
    const change = await part.open(this.reading());
    this.pages?.add(part.pages);
    this.emitStatus();
    return change;
  }

  /** A phone that moved on lets go at rest of every doc but the part it writes to (§7.1); in memory they live on. */
  async letOlderDocsGo(): Promise<void> {
    const writing = this.writing();
    if (writing === this.home) return;
    this.firstDocAtRest = false;
    await Promise.all(this.docs().map((doc) => (doc === writing ? undefined : doc.forget())));
  }

  /** The parts opened, oldest first. */
  get partNames(): string[] {
    return [...this.parts.keys()];
  }

  /** Writes the docs at rest without the bytes the copy now holds (when that saves enough). */
  async compactAtRest(): Promise<void> {
    for (const doc of this.docs()) await doc.compact();
  }

  /** Joins a network room (leaving the one before, if any). */
  join(room: RoomAddress): void {
    this.joinAll([room]);
  }

  /** Shares the first doc in exactly these network rooms: joins the new ones, leaves the others. */
  joinAll(rooms: readonly RoomAddress[]): void {
    this.home.joinAll(rooms);
    this.emitStatus();
  }

  /** Shares a part in exactly these network rooms (none: in no room). */
  joinPart(summary: string, rooms: readonly RoomAddress[]): void {
    this.parts.get(summary)?.joinAll(rooms);
    this.emitStatus();
  }

  /** The first doc, for the link rooms' carriers (links/LinkRooms.ts): they read its entries, write its "foreign". */
  get sharedDoc(): Y.Doc {
    return this.home.doc;
  }

  /** The checkpoints' summaries and pages in this room's docs (§4.8): made at the first call. */
  get summaryPages(): PagesAcrossParts {
    if (!this.pages) {
      const pages = new PagesAcrossParts(this.home.pages);
      for (const part of this.parts.values()) pages.add(part.pages);
      this.pages = pages;
    }
    return this.pages;
  }

  /** Called with every change the ledger took from the docs or from us. */
  onEntries(listener: (change: LogChange) => void): () => void {
    this.entryListeners.add(listener);
    return () => this.entryListeners.delete(listener);
  }

  /**
   * Called with the new values of each change of a doc ([id, bytes], unchecked) just before
   * the ledger reads them, e.g. to pick out posts to show while being checked (§3.5). The
   * `onEntries` call that follows (when the ledger took any of them) comes before the next
   * arrival: the docs' changes are read one after another.
   */
  onArriving(listener: (fresh: readonly (readonly [string, unknown])[]) => void): () => void {
    this.arrivalListeners.add(listener);
    return () => this.arrivalListeners.delete(listener);
  }

  /** The posts a peer sent first to a (nearly) empty doc (newestPostsFrame.ts): unchecked, "being checked" (§3.5). */
  onNewestPosts(listener: (entries: readonly Uint8Array[]) => void): () => void {
    this.newestListeners.add(listener);
    return () => this.newestListeners.delete(listener);
  }

  /** Called when a peer has sent this device a whole doc (the doc holds it; the ledger may still be reading). */
  onSynced(listener: () => void): () => void {
    this.syncedListeners.add(listener);
    return () => this.syncedListeners.delete(listener);
  }

  /** Adds our own new entry: to the ledger first (it must be authentic), then to the doc written to. */
  append(signed: SignedEntry): Promise<void> {
    return this.writing().log.append(signed);
  }

  /** Adds our own entry under a Yjs client id of its own (an anonymous answer: YjsEntryLog.appendApart). */
  appendApart(signed: SignedEntry): Promise<void> {
    return this.writing().log.appendApart(signed);
  }

  /** Adds an entry we hold (ours, or one carried over from another room). */
  appendForeign(id: string, bytes: Uint8Array): Promise<void> {
    return this.writing().log.appendForeign(id, bytes);
  }

  /**
   * Puts entries the ledger holds into the part written to, where it lacks them, and with
   * `foreign` every foreign entry the ledger holds (§7.1: copied forward, never moved).
   */
  carry(ids: Iterable<string>, { foreign = false }: { foreign?: boolean } = {}): Promise<number> {
    return this.writing().log.putHeld(ids, { foreign });
  }

  /** Whether the part written to holds this entry. */
  writingHolds(id: string): boolean {
    return this.writing().log.holds(id);
  }

  /**
   * Puts verified entries a doc lacks back into it; returns how many someone had deleted.
   * With parts, `inPart` says which entries belong in the part written to; the others go
   * back into the first doc.
   */
  async restoreMissing(inPart: (id: string) => boolean = () => false): Promise<number> {
    const writing = this.writing();
    if (writing === this.home) return this.home.log.restoreMissing();
    // A first doc let go of is not filled again: the verified copy keeps what is this device's.
    const home = this.firstDocAtRest ? await this.home.log.restoreMissing((id) => !inPart(id)) : 0;
    return home + (await writing.log.restoreMissing(inPart));
  }

  /** Waits until everything the docs brought so far has been verified. */
  settled(): Promise<void> {
    return this.queue.run(async () => {});
  }

  status(): SyncStatus {
    const status = { ...offlineStatus, loaded: this.loaded };
    for (const doc of this.docs()) doc.addPeers(status);
    return status;
  }

  onStatus(listener: (status: SyncStatus) => void): () => void {
    this.statusListeners.add(listener);
    listener(this.status());
    return () => this.statusListeners.delete(listener);
  }

  destroy(): void {
    this.pages?.destroy();
    this.entryListeners.clear();
    this.arrivalListeners.clear();
    this.newestListeners.clear();
    this.syncedListeners.clear();
    this.statusListeners.clear();
    for (const doc of this.docs()) doc.destroy();
  }

  private docs(): RoomDoc[] {
    return [this.home, ...this.parts.values()];
  }

  /** The newest part open, else the first doc. */
  private writing(): RoomDoc {
    let writing = this.home;
    for (const part of this.parts.values()) if (part.isOpen) writing = part;
    return writing;
  }

  private makeDoc(storageName: string): RoomDoc {
    return new RoomDoc(this.storage, storageName, this.network, this.newest, () => this.emitStatus());
  }

  private reading(): RoomDocReading {
    return {
      ledger: this.ledger,
      queue: this.queue,
      foreign: this.foreign,
      arriving: (fresh) => {
        for (const listener of this.arrivalListeners) listener(fresh);
      },
      changed: (change) => {
        for (const listener of this.entryListeners) listener(change);
      },
      ...(this.copy ? { copy: this.copy } : {}),
    };
  }

  private emitStatus(): void {
    const status = this.status();
    const key = JSON.stringify(status);
    if (key === this.lastStatus) return;
    this.lastStatus = key;
    for (const listener of this.statusListeners) listener(status);
  }
}
