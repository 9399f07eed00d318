// How much a link room may cost this device. The room is shared with another network's
// archive devices, and one of them (or anyone holding the link secret) may fill it with
// values that never count: those are removed again, but the doc keeps a small item for each,
// so past these bounds the room is left for a fresh doc (onFlooded), as a peer that passes
// its frame caps is dropped (docs/architecture.md, peer limits). What is carried into the
// network's own doc, where every member keeps it, is bounded per peer network.
import type * as Y from 'yjs';

export type CarrierBounds = { readonly [K in keyof typeof carrierBounds]: number };

export const carrierBounds = {
  /** Keys looked at per batch, with a turn for the page between batches. */
  batch: 256,
  /** Foreign entries kept of one peer network: far more than years of honest exchange. */
  foreignEntries: 32_768,
  /** Their bytes together (each entry is at most 16 KiB). */
  foreignBytes: 16 * 1024 * 1024,
  /** Keys of the link room waiting to be looked at: both sides' entries and some slack. */
  pendingKeys: 70_000,
  /** Entries of posts held per side until a share names their post (SharedPosts.ts). */
  waiting: 65_536,
  /** Values refused in one link room doc before it is left. */
  refused: 4096,
  /** Items (Yjs structs, deleted ones too) one link room doc may hold before it is left. */
  items: 200_000,
  /**
   * Bytes of updates one link room doc may take in (also in maps the carrier never reads):
   * both sides' foreign bounds twice over. An honest room that reaches it after months is
   * only joined afresh.
   */
  updateBytes: 64 * 1024 * 1024,
} as const;

export class LinkRoomBudget {
  private readonly linkDoc: Y.Doc;
  private readonly foreign: Y.Map<unknown>;
  private readonly peerPrefix: string;
  private readonly onFlooded: () => void;
  readonly bounds: CarrierBounds;
  private refusedSoFar = 0;
  private updateBytes = 0;
  private flooded = false;
  private readonly onUpdate: (update: Uint8Array) => void;
  private readonly onForeign: (event: Y.YMapEvent<unknown>) => void;
  /** The peer's foreign entries already in our doc: counted once, then kept up. */
  private kept: { entries: number; bytes: number } | null = null;

  constructor(
    linkDoc: Y.Doc,
    foreign: Y.Map<unknown>,
    peerText: string,
    onFlooded: () => void,
    bounds: CarrierBounds = carrierBounds,
  ) {
    this.bounds = bounds;
    this.linkDoc = linkDoc;
    this.foreign = foreign;
    this.peerPrefix = `${peerText}.`;
    this.onFlooded = onFlooded;
    this.onUpdate = (update) => {
      this.updateBytes += update.length;
      if (this.updateBytes > this.bounds.updateBytes) this.flood();
    };
    // y-webrtc listens for the same event, so the update's bytes are made once for both.
    linkDoc.on('update', this.onUpdate);
    // A foreign entry removed from the member doc (refused for good) frees its room.
    this.onForeign = (event) => {
      const kept = this.kept;
      if (!kept) return;
      for (const [key, change] of event.changes.keys) {
        if (change.action !== 'delete' || !key.startsWith(this.peerPrefix)) continue;
        kept.entries = Math.max(0, kept.entries - 1);
        if (change.oldValue instanceof Uint8Array) kept.bytes = Math.max(0, kept.bytes - change.oldValue.length);
      }
    };
    foreign.observe(this.onForeign);
  }

  /** Stops watching the docs (the carrier closed). */
  stop(): void {
    this.linkDoc.off('update', this.onUpdate);
    this.foreign.unobserve(this.onForeign);
  }

  /** Whether one more foreign entry of this many bytes may be kept; counts it if so. */
  admitForeign(bytes: number): boolean {
    const kept = this.countKept();
    if (kept.entries + 1 > this.bounds.foreignEntries || kept.bytes + bytes > this.bounds.foreignBytes) return false;
    kept.entries++;
    kept.bytes += bytes;
    return true;
  }

  /** Values just removed from the link room; and a look at how large its doc has grown. */
  refused(count: number): void {
    this.refusedSoFar += count;
    if (this.refusedSoFar > this.bounds.refused || itemsOf(this.linkDoc) > this.bounds.items) this.flood();
  }

  /** Says once that this link room doc costs more than an honest one would. */
  flood(): void {
    if (this.flooded) return;
    this.flooded = true;
    this.onFlooded();
  }

  private countKept(): { entries: number; bytes: number } {
    if (this.kept) return this.kept;
    const kept = { entries: 0, bytes: 0 };
    for (const [key, value] of this.foreign.entries()) {
      if (!key.startsWith(this.peerPrefix)) continue;
      kept.entries++;
      if (value instanceof Uint8Array) kept.bytes += value.length;
    }
    this.kept = kept;
    return kept;
  }
}

/** Every struct the doc holds, deleted ones too: what a flood of writes leaves behind. */
function itemsOf(doc: Y.Doc): number {
  let items = 0;
  for (const structs of doc.store.clients.values()) items += structs.length;
  return items;
}
