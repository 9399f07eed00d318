// The Ledger's in-place path: an ordinary entry is placed in its chain and judged against
// the state as it stands, and one that waits for its parent or for what it refers to is
// parked until that arrives, so entries out of order cost no rebuild.
import { toBase64Url } from './encoding/base64url.ts';
import { authorityTypes, seenOf } from './entry/bodies.ts';
import type { AnyEntry } from './entry/Entry.ts';
import { maxClockSkewMs } from './entry/readEntry.ts';
import { appliesInPlace, applyEntry, referenceOf, rejectionFor } from './state/applyEntry.ts';
import { chainReasons, markFork, placeInChain } from './state/chains.ts';
import { authorOf, parentOf } from './state/entryTexts.ts';
import type { EntryIdText, NetworkState, VerifiedEntry } from './state/NetworkState.ts';

export class LedgerPlacing {
  /** The ledger's authentic entries, by id: what a parked entry is woken as. */
  private readonly held: ReadonlyMap<EntryIdText, VerifiedEntry>;
  private readonly now: () => number;
  /** Entries waiting for their parent (by the parent's id), or for what they refer to. */
  private readonly waitingForParent = new Map<EntryIdText, Set<EntryIdText>>();
  private readonly waitingForReference = new Map<EntryIdText, Set<EntryIdText>>();
  /**
   * How many chained children each entry (or, for first entries, each author) has: counted
   * from the chains when first needed after a rebuild (branchesOf), not by every rebuild.
   */
  private branches: Map<string, number> | null = null;
  /**
   * After a checkpoint: ids an applied authority entry named that are not in a chain — not
   * held yet, or held but waiting for the entries before them. Such an entry's place in its
   * chain decides what the cut keeps (headsOf passes over a head it cannot find), so the
   * entry is not applied in place: arriving, or woken by its parent, it derives anew.
   */
  private readonly cutNamed = new Set<EntryIdText>();

  constructor(held: ReadonlyMap<EntryIdText, VerifiedEntry>, now: () => number) {
    this.held = held;
    this.now = now;
  }

  /** An authentic entry held already names this one as the entry before it, by the same author. */
  vouchedFor(item: VerifiedEntry): boolean {
    const children = this.waitingForParent.get(item.idText);
    if (!children) return false;
    const author = authorOf(item);
    for (const id of children) {
      const child = this.held.get(id);
      if (child && child.entry.seq === item.entry.seq + 1 && authorOf(child) === author) return true;
    }
    return false;
  }

  /** Applies new entries to `state` in place (in seq order); false: the state must be derived anew. */
  apply(state: NetworkState, items: readonly VerifiedEntry[]): boolean {
    if (items.some((item) => authorityTypes.has(item.entry.type) || this.cutNamed.has(item.idText))) return false;
    const queue = [...items].sort((a, b) => a.entry.seq - b.entry.seq);
    while (queue.length) {
      const item = queue.shift() as VerifiedEntry;
      // An authority entry that was waiting for this one: its place in the order may change.
      // A head a cut named, woken by its parent: chained now, it changes what the cut keeps.
      if (authorityTypes.has(item.entry.type) || this.cutNamed.has(item.idText)) return false;
      const outcome = this.place(state, item);
      if (outcome === 'rebuild') return false;
      if (outcome === 'placed') {
        queue.push(...this.wake(this.waitingForParent, item.idText));
        queue.push(...this.wake(this.waitingForReference, item.idText));
      }
    }
    return true;
  }

  /** Places one ordinary entry in its chain and judges it; says whether it was chained. */
  private place(state: NetworkState, item: VerifiedEntry): 'placed' | 'waiting' | 'rebuild' {
    const { entry } = item;
    const author = authorOf(item);
    const parent = parentOf(item);
    // An entry of the checkpoint's frontier is done (§4.8): it is held, never judged again.
    if (state.checkpoint && (state.checkpoint.settled(item.idText) || state.checkpoint.below(item))) return 'waiting';
    state.rejected.delete(item.idText);
    if (parent !== null) {
      const parentItem = this.held.get(parent);
      if (parentItem && (authorOf(parentItem) !== author || parentItem.entry.seq !== entry.seq - 1)) {
        state.rejected.set(item.idText, { reason: 'bad-prev', detail: 'prev is not the entry before it' });
        return 'waiting';
      }
      if (!state.chain.has(parent)) {
        // Its parent waits or was refused for its place in the chain: so does this entry.
        const parentReason = state.rejected.get(parent)?.reason;
        const inherits = parentItem !== undefined && parentReason !== undefined && chainReasons.has(parentReason);
        state.rejected.set(
          item.idText,
          inherits
            ? { reason: parentReason, detail: 'its chain waits or was refused before it' }
            : { reason: 'missing-prev', detail: '' },
        );
        this.park(this.waitingForParent, parent, item.idText);
        return 'waiting';
      }
    }
    if (entry.time > this.now() + maxClockSkewMs) {
      state.rejected.set(item.idText, { reason: 'future', detail: '' });
      return 'waiting';
    }
    // Woken again for what it refers to, an entry is in its chain already: count its branch once.
    if (!state.chain.has(item.idText)) {
      const branch = parent ?? `root ${author}`;
      const branches = this.branchesOf(state);
      const siblings = branches.get(branch) ?? 0;
      branches.set(branch, siblings + 1);
      if (siblings > 0) markFork(state, author, entry.seq);
      placeInChain(state, item.idText, author, entry.seq, parent);
    }
    // E.g. a lower id paying a proposal already paid would change who paid it: rebuild.
    if (!appliesInPlace(state, item)) return 'rebuild';
    const problem = rejectionFor(state, item);
    if (problem === 'missing-ref') {
      const reference = referenceOf(entry as AnyEntry);
      if (reference) this.park(this.waitingForReference, reference, item.idText);
    }
    if (problem) state.rejected.set(item.idText, { reason: problem, detail: '' });
    else applyEntry(state, item);
    return 'placed';
  }

  /** The branches (see `branches`) of `state`, the state derived at the last rebuild and placed in since. */
  private branchesOf(state: NetworkState): Map<string, number> {
    if (this.branches === null) {
      this.branches = new Map();
      for (const node of state.chain.values()) {
        const branch = node.parent ?? `root ${node.author}`;
        this.branches.set(branch, (this.branches.get(branch) ?? 0) + 1);
      }
    }
    return this.branches;
  }

  private park(waiting: Map<EntryIdText, Set<EntryIdText>>, on: EntryIdText, id: EntryIdText): void {
    const set = waiting.get(on);
    if (set) set.add(id);
    else waiting.set(on, new Set([id]));
  }

  private wake(waiting: Map<EntryIdText, Set<EntryIdText>>, on: EntryIdText): VerifiedEntry[] {
    const ids = waiting.get(on);
    if (!ids) return [];
    waiting.delete(on);
    return [...ids].map((id) => this.held.get(id)).filter((item): item is VerifiedEntry => item !== undefined);
  }

  /** After a rebuild (`state` derived anew): which entries wait for what (how chains branch is counted when first needed). */
  index(state: NetworkState): void {
    this.waitingForParent.clear();
    this.waitingForReference.clear();
    this.branches = null;
    this.cutNamed.clear();
    const base = state.checkpoint;
    if (base) {
      for (const entry of state.applied.values()) {
        if (!authorityTypes.has(entry.type)) continue;
        for (const id of namedEntries(entry as AnyEntry))
          if (!state.chain.has(id) && !base.settled(id)) this.cutNamed.add(id);
      }
    }
    for (const [id, { reason }] of state.rejected) {
      const item = this.held.get(id);
      if (!item) continue;
      const parent = parentOf(item);
      if (chainReasons.has(reason) && parent !== null) {
        this.park(this.waitingForParent, parent, id);
      } else if (reason === 'missing-ref') {
        const references = authorityTypes.has(item.entry.type)
          ? namedEntries(item.entry as AnyEntry)
          : [referenceOf(item.entry as AnyEntry)];
        for (const reference of references) if (reference) this.park(this.waitingForReference, reference, id);
      }
    }
  }
}

/** Every entry an authority entry names (seen, the join it answers, the heads it cuts): any may be what it waits for. */
function namedEntries(entry: AnyEntry): EntryIdText[] {
  const named = [...seenOf(entry.body)];
  const body = entry.body as Record<string, unknown>;
  for (const field of ['join', 'cut', 'from']) {
    const value = Object.hasOwn(body, field) ? body[field] : undefined;
    if (value instanceof Uint8Array) named.push(value);
    else if (Array.isArray(value)) named.push(...(value as Uint8Array[]));
  }
  return named.map(toBase64Url);
}
