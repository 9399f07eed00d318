// Step 2 of the rules: every author's entries form a chain, each naming the one before it
// (`prev`) and numbered 1, 2, 3, ... An entry is chained when its parent is; a missing
// parent waits, a parent of another author or number is refused, a time too far ahead
// waits. Chains may branch: two entries after one (a phone restored from an old backup)
// are a fork, flagged for the coordinator, and both branches count: a fork can only ever
// cost its own author, never what others were given before or after it.
import { maxClockSkewMs } from '../entry/readEntry.ts';
import { authorOf, parentOf } from './entryTexts.ts';
import { byIdTextAt } from './idTextOrder.ts';
import type { EntryIdText, NetworkState, VerifiedEntry } from './NetworkState.ts';
import { AppliedTable, ChainTable } from './PlacedTable.ts';
import { type FindEntry, Placement } from './Placement.ts';
import type { Rejection } from './Rejection.ts';
import { entriesPerStep, runToEnd, type Steps } from './steps.ts';

/** Reasons an entry is not in its chain; an entry after it inherits them. */
export const chainReasons: ReadonlySet<Rejection> = new Set(['missing-prev', 'bad-prev', 'future', 'closed-ref']);

/**
 * Places entries in their authors' chains and returns those that are chained, parents
 * before children. The rest are recorded in `state.rejected` with their reason. A state
 * that starts from a checkpoint (docs/protocol.md §4.8) holds the frontier's tips in its
 * chain already: an entry may follow one; one whose parent is an entry of the frontier
 * below its tips (`settled`, as far as this device knows) is refused `closed-ref`.
 */
export function chainEntries(
  state: NetworkState,
  entries: Iterable<VerifiedEntry>,
  now: number,
  settled?: (id: EntryIdText) => boolean,
): VerifiedEntry[] {
  return runToEnd(chainEntriesInSteps(state, entries, now, settled));
}

/** chainEntries, yielding every few hundred entries (see steps.ts). */
export function* chainEntriesInSteps(
  state: NetworkState,
  entries: Iterable<VerifiedEntry>,
  now: number,
  settled: (id: EntryIdText) => boolean = () => false,
  distinct = false,
  find?: FindEntry,
): Steps<VerifiedEntry[]> {
  let done = 0;
  /** Devices with entries in the checkpoint this state starts from: another first entry of theirs is a fork. */
  const startedWith = new Set(state.heads.keys());
  // Entries are named by their place in `items` from here on: a year is tens of thousands
  // of them, and arrays indexed by place cost far less than maps keyed by id text.
  const items: VerifiedEntry[] = [];
  const ids = new Set<EntryIdText>();
  // By index where they are an array: a generator's for-of makes an object per step.
  const given = Array.isArray(entries) ? (entries as readonly VerifiedEntry[]) : [...entries];
  for (let at = 0; at < given.length; at++) {
    const item = given[at] as VerifiedEntry;
    if (++done % entriesPerStep === 0) yield;
    if (item.entry.type === 'genesis' && item.idText !== state.networkId) {
      state.rejected.set(item.idText, { reason: 'wrong-network', detail: 'the genesis of another network' });
      continue;
    }
    // An id twice is taken once, the first time (added and counted: one look-up, not two).
    // Entries given as distinct need no look-up (at four years, 137,203 of them).
    if (!distinct) {
      const before = ids.size;
      if (ids.add(item.idText).size === before) continue;
    }
    item.place = items.length;
    items.push(item);
  }
  // The state's chain and the entries it applies are kept by these places from here on.
  const placement = new Placement(items, find);
  if (state.chain instanceof ChainTable) state.chain.placeBy(placement);
  if (state.applied instanceof AppliedTable) state.applied.placeBy(placement);
  /** The parent's place among the items: carried with its child (ledgerReading.ts), else by its id. */
  const parentPlace = (item: VerifiedEntry, parentId: EntryIdText): number | undefined => {
    const carried = item.parentEntry;
    const place = carried && placement.holds(carried) ? (carried.place as number) : placement.placeOf(parentId);
    return place >= 0 ? place : undefined;
  };
  // Each entry's children among the items, in the order they were found (a list through
  // `firstChild` and `nextSibling`), and the parents in the order they got their first child.
  const children = new ChildLists(items.length);
  const parentsFound: number[] = [];
  /** 1 where an entry's parent is among the items (0: a first entry, or one after a checkpoint's tip). */
  const underItem = new Uint8Array(items.length);
  const roots: number[] = [];
  for (let i = 0; i < items.length; i++) {
    if (++done % entriesPerStep === 0) yield;
    const item = items[i] as VerifiedEntry;
    const { entry } = item;
    const parentId = parentOf(item);
    if (parentId === null) {
      roots.push(i);
      continue;
    }
    const parent = parentPlace(item, parentId);
    const tip = parent === undefined ? state.chain.get(parentId) : undefined;
    if (tip) {
      // After a tip of the checkpoint: its place in the chain is known without the entry.
      if (tip.author !== authorOf(item) || tip.seq !== entry.seq - 1) {
        state.rejected.set(item.idText, { reason: 'bad-prev', detail: 'prev is not the entry before it' });
      } else roots.push(i);
      continue;
    }
    if (parent === undefined) {
      const reason = settled(parentId) ? 'closed-ref' : 'missing-prev';
      state.rejected.set(item.idText, {
        reason,
        detail: reason === 'closed-ref' ? 'forks off history below the checkpoint' : '',
      });
      continue;
    }
    const parentEntry = (items[parent] as VerifiedEntry).entry;
    if (!sameBytes(parentEntry.author, entry.author) || parentEntry.seq !== entry.seq - 1) {
      state.rejected.set(item.idText, { reason: 'bad-prev', detail: 'prev is not the entry before it' });
      continue;
    }
    if (!children.has(parent)) parentsFound.push(parent);
    children.add(parent, i);
    underItem[i] = 1;
  }

  const chained: VerifiedEntry[] = [];
  const rootsByAuthor = new Map<string, number>();
  const afterTip = new Map<EntryIdText, number>();
  // Each level is sorted by id text (idTextOrder.ts: a number per place compared first).
  const byIdText = byIdTextAt(items);
  let level = roots.sort(byIdText);
  while (level.length > 0) {
    const next: number[] = [];
    for (let at = 0; at < level.length; at++) {
      const i = level[at] as number;
      if (++done % entriesPerStep === 0) yield;
      const item = items[i] as VerifiedEntry;
      const { entry } = item;
      const author = authorOf(item);
      const parent = parentOf(item);
      if (entry.time > now + maxClockSkewMs) {
        state.rejected.set(item.idText, { reason: 'future', detail: '' });
        yield* inheritBelow(state, items, children, i, 'future');
        continue;
      }
      placeInChain(state, item.idText, author, entry.seq, parent, item);
      if (parent === null) {
        const count = (rootsByAuthor.get(author) ?? (startedWith.has(author) ? 1 : 0)) + 1;
        rootsByAuthor.set(author, count);
        if (count > 1) markFork(state, author, 1);
      } else if (underItem[i] === 0) {
        const count = (afterTip.get(parent) ?? 0) + 1;
        afterTip.set(parent, count);
        if (count > 1) markFork(state, author, entry.seq);
      }
      chained.push(item);
      for (let kid = children.first(i); kid >= 0; kid = children.after(kid)) next.push(kid);
      // Two children in time are a fork (one too far ahead waits: no branch yet).
      const first = children.first(i);
      if (first >= 0 && children.after(first) >= 0) {
        let inTime = 0;
        for (let kid = first; kid >= 0; kid = children.after(kid))
          if ((items[kid] as VerifiedEntry).entry.time <= now + maxClockSkewMs) inTime++;
        if (inTime > 1) markFork(state, author, entry.seq + 1);
      }
    }
    level = next.sort(byIdText);
  }
  // Entries under a parent that is waiting or refused (and so never reached above): none
  // when nothing was refused (every parent's look-up would miss).
  if (state.rejected.size === 0) return chained;
  for (const parent of parentsFound) {
    const reason = state.rejected.get((items[parent] as VerifiedEntry).idText)?.reason;
    if (reason && chainReasons.has(reason)) yield* inheritBelow(state, items, children, parent, reason);
  }
  return chained;
}

/** The children of each entry, by place: a list per parent, kept in the order they were added. */
class ChildLists {
  private readonly firstChild: Int32Array;
  private readonly lastChild: Int32Array;
  private readonly nextSibling: Int32Array;

  constructor(count: number) {
    this.firstChild = new Int32Array(count).fill(-1);
    this.lastChild = new Int32Array(count).fill(-1);
    this.nextSibling = new Int32Array(count).fill(-1);
  }

  has(parent: number): boolean {
    return (this.firstChild[parent] as number) >= 0;
  }

  add(parent: number, child: number): void {
    const last = this.lastChild[parent] as number;
    if (last < 0) this.firstChild[parent] = child;
    else this.nextSibling[last] = child;
    this.lastChild[parent] = child;
  }

  /** The first child, or -1. */
  first(parent: number): number {
    return this.firstChild[parent] as number;
  }

  /** The next child of the same parent, or -1. */
  after(child: number): number {
    return this.nextSibling[child] as number;
  }
}

/**
 * Records one chained entry: its node, its author's head. Shared with the ledger's in-place
 * path. `placed`: the entry itself, placed by this derivation and not in the chain yet (then
 * kept by its place, no table of ids grown for it).
 */
export function placeInChain(
  state: NetworkState,
  id: EntryIdText,
  author: string,
  seq: number,
  parent: EntryIdText | null,
  placed?: VerifiedEntry,
): void {
  if (!(placed && state.chain instanceof ChainTable && state.chain.addPlaced(placed))) {
    state.chain.set(id, { author, seq, parent });
  }
  const head = state.heads.get(author);
  if (!head || seq > head.seq || (seq === head.seq && id > head.id)) state.heads.set(author, { seq, id });
}

export function markFork(state: NetworkState, author: string, seq: number): void {
  const known = state.forks.get(author);
  if (known === undefined || seq < known) state.forks.set(author, seq);
}

/**
 * Every entry below `parent` (depth first, each child before the next) that is neither
 * chained nor refused yet inherits `reason`; below one that is, nothing more is marked.
 * Yields every few entries: a long chain waiting on one missing entry is thousands.
 */
function* inheritBelow(
  state: NetworkState,
  items: readonly VerifiedEntry[],
  children: ChildLists,
  parent: number,
  reason: Rejection,
): Steps<void> {
  let marked = 0;
  const stack: number[] = [];
  const pushChildren = (of: number) => {
    const start = stack.length;
    for (let kid = children.first(of); kid >= 0; kid = children.after(kid)) stack.push(kid);
    // Taken from the end: reversed, so the first child is taken first.
    stack.splice(start, stack.length - start, ...stack.slice(start).reverse());
  };
  pushChildren(parent);
  while (stack.length > 0) {
    const kid = stack.pop() as number;
    const id = (items[kid] as VerifiedEntry).idText;
    if (state.chain.has(id) || state.rejected.has(id)) continue;
    state.rejected.set(id, { reason, detail: 'its chain waits or was refused before it' });
    pushChildren(kid);
    if (++marked % entriesPerStep === 0) yield;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  // An author's entries share one copy of its key (keyText.ts sharedKey): most are the same array.
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
