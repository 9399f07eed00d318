// A state's table of entries by id that deriving fills by place (Placement.ts): a mark per
// place and the order they came in, no hash table. It is a Map to everyone else: a look-up
// finds the place through the placement; what is set by id (a checkpoint's tips, an entry
// placed later by the ledger, a trial's) is kept in the Map itself. Iterating gives the
// placed entries in the order they came, then the rest: no reader depends on the order
// between the two (each groups, counts or sorts).

import type { Entry } from '../entry/Entry.ts';
import { authorOf, parentOf } from './entryTexts.ts';
import type { ChainNode, EntryIdText, VerifiedEntry } from './NetworkState.ts';
import { Placement } from './Placement.ts';

/** Per place: never added, added, or deleted after (then set by id if it comes back). */
const absent = 0;
const present = 1;
const deleted = 2;

abstract class PlacedTable<V> extends Map<EntryIdText, V> {
  private placement = new Placement();
  private marks = new Uint8Array(0);
  private order: number[] = [];
  private count = 0;

  /** What the table holds for a placed entry. */
  protected abstract valueFor(item: VerifiedEntry): V;

  /** From now on entries may be added by their place in `placement` (once per table: a derivation's). */
  placeBy(placement: Placement): void {
    this.placement = placement;
    this.marks = new Uint8Array(placement.items.length);
    this.order = [];
    this.count = 0;
  }

  /**
   * Adds an entry by its place, as `set` would add it: false when it is not among the
   * placement's items (the caller sets it by id). The caller knows it is not here yet.
   */
  addPlaced(item: VerifiedEntry): boolean {
    if (!this.placement.holds(item)) return false;
    const place = item.place as number;
    if (this.marks[place] !== absent) return false;
    this.marks[place] = present;
    this.order.push(place);
    this.count++;
    return true;
  }

  private placedAt(id: EntryIdText): number {
    if (this.count === 0) return -1;
    const place = this.placement.placeOf(id);
    return place >= 0 && this.marks[place] === present ? place : -1;
  }

  private unplace(place: number): void {
    this.marks[place] = deleted;
    this.count--;
  }

  override get(id: EntryIdText): V | undefined {
    const set = super.get(id);
    if (set !== undefined) return set;
    const place = this.placedAt(id);
    return place < 0 ? undefined : this.valueFor(this.placement.items[place] as VerifiedEntry);
  }

  override has(id: EntryIdText): boolean {
    return super.has(id) || this.placedAt(id) >= 0;
  }

  override set(id: EntryIdText, value: V): this {
    const place = this.placedAt(id);
    if (place >= 0) this.unplace(place);
    return super.set(id, value);
  }

  override delete(id: EntryIdText): boolean {
    if (super.delete(id)) return true;
    const place = this.placedAt(id);
    if (place < 0) return false;
    this.unplace(place);
    return true;
  }

  override clear(): void {
    super.clear();
    this.placeBy(new Placement());
  }

  override get size(): number {
    return super.size + this.count;
  }

  override forEach(each: (value: V, id: EntryIdText, map: Map<EntryIdText, V>) => void, self?: unknown): void {
    for (const [id, value] of this.entries()) each.call(self, value, id, this);
  }

  override entries(): MapIterator<[EntryIdText, V]> {
    return this.all() as MapIterator<[EntryIdText, V]>;
  }

  override keys(): MapIterator<EntryIdText> {
    return this.all((item) => item.idText, super.keys()) as MapIterator<EntryIdText>;
  }

  override values(): MapIterator<V> {
    return this.all((item) => this.valueFor(item), super.values()) as MapIterator<V>;
  }

  override [Symbol.iterator](): MapIterator<[EntryIdText, V]> {
    return this.entries();
  }

  private *all<T = [EntryIdText, V]>(
    each: (item: VerifiedEntry) => T = (item) => [item.idText, this.valueFor(item)] as T,
    rest: Iterator<T> = super.entries() as Iterator<T>,
  ): Generator<T> {
    const { order, marks } = this;
    const { items } = this.placement;
    for (let at = 0; at < order.length; at++) {
      const place = order[at] as number;
      if (marks[place] === present) yield each(items[place] as VerifiedEntry);
    }
    for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
  }
}

/** Where each chained entry sits in its author's chain (NetworkState.chain). */
export class ChainTable extends PlacedTable<ChainNode> {
  protected valueFor(item: VerifiedEntry): ChainNode {
    return { author: authorOf(item), seq: item.entry.seq, parent: parentOf(item) };
  }
}

/** The entries applied, by id (NetworkState.applied). */
export class AppliedTable extends PlacedTable<Entry> {
  protected valueFor(item: VerifiedEntry): Entry {
    return item.entry;
  }
}
