// Step 2 of the rules: every author's entries form a chain, each naming the one before it
// (`prev`) and numbered 1, 2, 3, ... An entry is chained when its parent is; a missing
// parent waits, a parent of another author or number is refused, a time too far ahead
// waits. Chains may branch: two entries after one (a phone restored from an old backup)
// are a fork, flagged for the coordinator, and both branches count: a fork can only ever
// cost its own author, never what others were given before or after it.
import { toBase64Url } from '../encoding/base64url.ts';
import { maxClockSkewMs } from '../entry/readEntry.ts';
import type { EntryIdText, NetworkState, VerifiedEntry } from './NetworkState.ts';
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
): Steps<VerifiedEntry[]> {
  let done = 0;
  /** Devices with entries in the checkpoint this state starts from: another first entry of theirs is a fork. */
  const startedWith = new Set(state.heads.keys());
  const byId = new Map<EntryIdText, VerifiedEntry>();
  for (const item of entries) {
    if (++done % entriesPerStep === 0) yield;
    if (byId.has(item.idText)) continue;
    if (item.entry.type === 'genesis' && item.idText !== state.networkId) {
      state.rejected.set(item.idText, { reason: 'wrong-network', detail: 'the genesis of another network' });
      continue;
    }
    byId.set(item.idText, item);
  }
  // Each entry with the text of its parent's id (null for a first entry), made once.
  const children = new Map<EntryIdText, Placed[]>();
  const roots: Placed[] = [];
  for (const item of byId.values()) {
    if (++done % entriesPerStep === 0) yield;
    const { entry } = item;
    if (entry.prev === null) {
      roots.push({ item, parent: null });
      continue;
    }
    const parentId = toBase64Url(entry.prev);
    const parent = byId.get(parentId);
    const tip = parent ? undefined : state.chain.get(parentId);
    if (tip) {
      // After a tip of the checkpoint: its place in the chain is known without the entry.
      if (tip.author !== toBase64Url(entry.author) || tip.seq !== entry.seq - 1) {
        state.rejected.set(item.idText, { reason: 'bad-prev', detail: 'prev is not the entry before it' });
      } else roots.push({ item, parent: parentId });
      continue;
    }
    if (!parent) {
      const reason = settled(parentId) ? 'closed-ref' : 'missing-prev';
      state.rejected.set(item.idText, {
        reason,
        detail: reason === 'closed-ref' ? 'forks off history below the checkpoint' : '',
      });
      continue;
    }
    if (!sameBytes(parent.entry.author, entry.author) || parent.entry.seq !== entry.seq - 1) {
      state.rejected.set(item.idText, { reason: 'bad-prev', detail: 'prev is not the entry before it' });
      continue;
    }
    const list = children.get(parentId);
    if (list) list.push({ item, parent: parentId });
    else children.set(parentId, [{ item, parent: parentId }]);
  }

  const chained: VerifiedEntry[] = [];
  const rootsByAuthor = new Map<string, number>();
  const afterTip = new Map<EntryIdText, number>();
  let level = roots.sort(byIdText);
  while (level.length > 0) {
    const next: Placed[] = [];
    for (const { item, parent } of level) {
      if (++done % entriesPerStep === 0) yield;
      const { entry } = item;
      const author = toBase64Url(entry.author);
      if (entry.time > now + maxClockSkewMs) {
        state.rejected.set(item.idText, { reason: 'future', detail: '' });
        rejectDescendants(state, children, item.idText, 'future');
        continue;
      }
      placeInChain(state, item.idText, author, entry.seq, parent);
      if (parent === null) {
        const count = (rootsByAuthor.get(author) ?? (startedWith.has(author) ? 1 : 0)) + 1;
        rootsByAuthor.set(author, count);
        if (count > 1) markFork(state, author, 1);
      } else if (!byId.has(parent)) {
        const count = (afterTip.get(parent) ?? 0) + 1;
        afterTip.set(parent, count);
        if (count > 1) markFork(state, author, entry.seq);
      }
      chained.push(item);
      const kids = children.get(item.idText);
      if (kids) {
        let inTime = 0;
        for (const kid of kids) {
          next.push(kid);
          if (kid.item.entry.time <= now + maxClockSkewMs) inTime++;
        }
        if (inTime > 1) markFork(state, author, entry.seq + 1);
      }
    }
    level = next.sort(byIdText);
  }
  // Entries under a parent that is waiting or refused (and so never reached above).
  for (const [parentId, kids] of children) {
    const reason = state.rejected.get(parentId)?.reason;
    if (reason && chainReasons.has(reason)) for (const kid of kids) inherit(state, children, kid.item.idText, reason);
  }
  return chained;
}

/** Records one chained entry: its node, its author's head. Shared with the ledger's in-place path. */
export function placeInChain(
  state: NetworkState,
  id: EntryIdText,
  author: string,
  seq: number,
  parent: EntryIdText | null,
): void {
  state.chain.set(id, { author, seq, parent });
  const head = state.heads.get(author);
  if (!head || seq > head.seq || (seq === head.seq && id > head.id)) state.heads.set(author, { seq, id });
}

export function markFork(state: NetworkState, author: string, seq: number): void {
  const known = state.forks.get(author);
  if (known === undefined || seq < known) state.forks.set(author, seq);
}

function rejectDescendants(
  state: NetworkState,
  children: ReadonlyMap<EntryIdText, Placed[]>,
  id: EntryIdText,
  reason: Rejection,
): void {
  for (const kid of children.get(id) ?? []) inherit(state, children, kid.item.idText, reason);
}

function inherit(
  state: NetworkState,
  children: ReadonlyMap<EntryIdText, Placed[]>,
  id: EntryIdText,
  reason: Rejection,
): void {
  if (state.chain.has(id) || state.rejected.has(id)) return;
  state.rejected.set(id, { reason, detail: 'its chain waits or was refused before it' });
  rejectDescendants(state, children, id, reason);
}

/** An entry on its way into its chain, with its parent's id as text (null for a first entry). */
interface Placed {
  item: VerifiedEntry;
  parent: EntryIdText | null;
}

function byIdText(a: Placed, b: Placed): number {
  return a.item.idText < b.item.idText ? -1 : a.item.idText > b.item.idText ? 1 : 0;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
