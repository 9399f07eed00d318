// The Ledger's bookkeeping of what it keeps: every authentic entry by id, each author's last
// entry (the head a new one follows), and the entries refused on reading, with their reason.
// An entry kept is never let go: the states derived from them find their entries by id here
// (DeriveOptions.find, src/core/state/Placement.ts).
import type { EntryIdText, VerifiedEntry } from './state/NetworkState.ts';
import type { Rejection } from './state/Rejection.ts';

/** An authentic entry with its bytes. */
export type Held = VerifiedEntry & { bytes: Uint8Array };

export class KeptEntries {
  private readonly verified = new Map<EntryIdText, Held>();
  private readonly lastByAuthor = new Map<string, { seq: number; id: EntryIdText; time: number }>();
  private readonly refusedEntries = new Map<EntryIdText, { reason: Rejection; detail: string }>();

  /** The authentic entries, by id (what the in-place path wakes parked entries from). */
  get byId(): ReadonlyMap<EntryIdText, Held> {
    return this.verified;
  }

  get(id: EntryIdText): Held | undefined {
    return this.verified.get(id);
  }

  has(id: EntryIdText): boolean {
    return this.verified.has(id);
  }

  get size(): number {
    return this.verified.size;
  }

  values(): IterableIterator<Held> {
    return this.verified.values();
  }

  /** The highest seq this author has written among the authentic entries, with its id and time. */
  lastOf(author: string): { seq: number; id: EntryIdText; time: number } | undefined {
    return this.lastByAuthor.get(author);
  }

  /** Entries refused on reading, with their reason. */
  refusals(): ReadonlyMap<EntryIdText, { reason: Rejection; detail: string }> {
    return this.refusedEntries;
  }

  refuse(id: EntryIdText, reason: Rejection, detail: string): void {
    this.refusedEntries.set(id, { reason, detail });
  }

  /** Keeps an authentic entry by `author` (base64url): its author's head moves on, a refusal of it is forgotten. */
  keep(item: Held, author: string): void {
    this.verified.set(item.idText, item);
    const last = this.lastByAuthor.get(author);
    if (!last || item.entry.seq > last.seq || (item.entry.seq === last.seq && item.idText > last.id)) {
      this.lastByAuthor.set(author, { seq: item.entry.seq, id: item.idText, time: item.entry.time });
    }
    this.refusedEntries.delete(item.idText);
  }
}
