// One Y.Doc of a room: kept in storage, shared in network rooms, read into the room's
// ledger by its entry log. A room has one (the lobby, the rekey notices) or several: the
// member room's history in parts (docs/protocol.md §7.1), each part a doc of its own.
import * as Y from 'yjs';
import type { TaskQueue } from '../core/adapters/TaskQueue.ts';
import { entriesMapName, type LogChange, YjsEntryLog } from '../core/adapters/yjsEntryLog.ts';
import { YjsSummaryPages } from '../core/adapters/yjsSummaryPages.ts';
import type { Ledger } from '../core/Ledger.ts';
import type { DocStorage, KeptDoc } from './DocStorage.ts';
import type { NewestPosts } from './newestPostsFrame.ts';
import type { PeerCounts, RoomAddress, RoomLink, RoomNetwork } from './RoomNetwork.ts';
import { yieldWhenDue } from './yieldToPage.ts';

/** The entries this device keeps at rest outside the doc (the member room's verified copy). */
export interface KeptCopy {
  has(id: string): boolean;
}

export interface RoomDocReading {
  ledger: Ledger;
  queue: TaskQueue;
  /** Reads the doc's "foreign" map too (a linked network's entries). */
  foreign: boolean;
  arriving: (fresh: readonly (readonly [string, unknown])[]) => void;
  changed: (change: LogChange) => void;
  /** With it, the doc at rest leaves out the bytes of the entries the copy holds (hollowDoc.ts). */
  copy?: KeptCopy;
  /** False: the doc lives in memory only (a first doc a phone let go of, §7.1). */
  atRest?: boolean;
}

/** A doc not kept at rest. */
const inMemoryOnly: KeptDoc = { loaded: Promise.resolve(), compact: async () => {}, close: () => {} };

export class RoomDoc {
  readonly doc = new Y.Doc();
  private kept: KeptDoc | null = null;
  private logMade: YjsEntryLog | null = null;
  private pagesMade: YjsSummaryPages | null = null;
  /** The network rooms this doc is shared in. */
  private readonly links = new Map<string, { link: RoomLink; stop: () => void }>();
  private destroyed = false;

  private readonly storage: DocStorage;
  readonly storageName: string;
  private readonly network: RoomNetwork;
  private readonly newest: NewestPosts | undefined;
  private readonly linksChanged: () => void;

  constructor(
    storage: DocStorage,
    storageName: string,
    network: RoomNetwork,
    newest: NewestPosts | undefined,
    linksChanged: () => void,
  ) {
    this.storage = storage;
    this.storageName = storageName;
    this.network = network;
    this.newest = newest;
    this.linksChanged = linksChanged;
  }

  /** Reads what storage keeps into the doc, then its entries into the ledger (the log from then on). */
  async open(reading: RoomDocReading): Promise<LogChange> {
    const { ledger, copy } = reading;
    const contents = copy
      ? {
          mapName: entriesMapName,
          bytesOf: (id: string) => ledger.bytesOf(id),
          keptElsewhere: (id: string) => copy.has(id),
        }
      : undefined;
    const kept = reading.atRest === false ? inMemoryOnly : this.storage.keep(this.storageName, this.doc, contents);
    this.kept = kept;
    // The log reads the doc once it is loaded, not value by value as it loads.
    await kept.loaded;
    const log = new YjsEntryLog(this.doc, ledger, {
      foreign: reading.foreign,
      arriving: reading.arriving,
      queue: reading.queue,
      pause: yieldWhenDue,
    });
    this.logMade = log;
    log.onChange(reading.changed);
    return log.load();
  }

  get log(): YjsEntryLog {
    if (!this.logMade) throw new Error('room not open yet');
    return this.logMade;
  }

  get isOpen(): boolean {
    return this.logMade !== null;
  }

  /** The checkpoints' summaries and pages in this doc (§4.8): made at the first call. */
  get pages(): YjsSummaryPages {
    this.pagesMade ??= new YjsSummaryPages(this.doc);
    return this.pagesMade;
  }

  /** Stops keeping the doc at rest and lets go of what storage kept of it; it lives on in memory. */
  forget(): Promise<void> {
    this.kept?.close();
    this.kept = inMemoryOnly;
    return this.storage.forget(this.storageName);
  }

  compact(): Promise<void> {
    return this.kept?.compact() ?? Promise.resolve();
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
      const link = this.network.join(this.doc, room, this.newest);
      const stopListening = link.onChange(this.linksChanged);
      this.links.set(room.name, {
        link,
        stop: () => {
          stopListening();
          link.leave();
        },
      });
    }
  }

  /** The peers of every network room it is shared in. */
  addPeers(status: PeerCounts): void {
    for (const { link } of this.links.values()) {
      const peers = link.peers();
      status.relays = Math.max(status.relays, peers.relays);
      status.webrtcPeers += peers.webrtcPeers;
      status.broadcastPeers += peers.broadcastPeers;
    }
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.logMade?.destroy();
    this.pagesMade?.destroy();
    for (const { stop } of this.links.values()) stop();
    this.links.clear();
    this.kept?.close();
    this.doc.destroy();
  }
}
