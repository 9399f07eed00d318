// The entries one derivation placed in their chains (chains.ts: `items`, an entry's place is
// its index there), and how to find an entry's place by its id. A state's chain and the
// entries it applied are kept by place (ChainTable.ts, AppliedTable.ts): a full audit
// places and applies every entry of the log (137,203 at four years) but looks few of them
// up by id, and two hash tables of them were a tenth of its time.
import type { EntryIdText, VerifiedEntry } from './NetworkState.ts';

/** Finds an entry given to a derivation by its id: the ledger's own table of what it keeps. */
export type FindEntry = (id: EntryIdText) => VerifiedEntry | undefined;

export class Placement {
  /** Places by id, made the first time `find` cannot answer. */
  private byId: Map<EntryIdText, number> | null = null;

  readonly items: readonly VerifiedEntry[];
  private readonly find: FindEntry | undefined;

  /** `find`, if given, must find every entry among `items` (the derivation was given the ledger's entries). */
  constructor(items: readonly VerifiedEntry[] = [], find?: FindEntry) {
    this.items = items;
    this.find = find;
  }

  /** The place of the entry with this id among the items, or -1. */
  placeOf(id: EntryIdText): number {
    if (this.items.length === 0) return -1;
    if (this.byId === null && this.find) {
      const item = this.find(id);
      if (item === undefined) return -1;
      // An entry's place is a hint that another derivation of the same entries may have
      // moved: believed only where the items hold this very entry. An entry no derivation
      // placed yet (read since this one began: the ledger's in-place path) is not among them.
      const place = item.place;
      if (place === undefined || place < 0) return -1;
      if (this.items[place] === item) return place;
    }
    return this.index().get(id) ?? -1;
  }

  /** Is `item` this very entry at its place among the items? */
  holds(item: VerifiedEntry): boolean {
    const place = item.place;
    return place !== undefined && place >= 0 && this.items[place] === item;
  }

  private index(): Map<EntryIdText, number> {
    if (this.byId === null) {
      this.byId = new Map();
      for (let place = 0; place < this.items.length; place++) {
        this.byId.set((this.items[place] as VerifiedEntry).idText, place);
      }
    }
    return this.byId;
  }
}
