// §3.5: authenticity by chain heads. An entry's `prev` is the id — a hash of the exact
// bytes — of its author's entry before it, and the signature covers `prev`. So one
// verified signature on a chain's head vouches for every entry below it whose bytes hash
// to the ids the chain names: a device checks one signature per head (per branch of a
// fork, per stretch below a gap) and hashes the rest. A head whose signature fails is
// not authentic, and what it named becomes a head to check in turn, so a forged entry
// costs its reader one signature, as it costs its sender.
import type { Entry } from './Entry.ts';

/** An entry that passed steps 1–6 of §3.2 (its id is the hash of its bytes). */
export interface Unverified {
  idText: string;
  entry: Pick<Entry, 'author' | 'seq' | 'prev'>;
}

export interface Authenticity<T> {
  authentic: T[];
  /**
   * For each item (by its place in `items`), the item it names as `prev` where that is among
   * the items and fits (the same author, one seq lower): found here once, so that the chains
   * need not look it up again.
   */
  parents: (T | undefined)[];
  /** Its own signature failed and no authentic entry vouches for it. */
  forged: T[];
  /** How many signatures were checked. */
  signatures: number;
}

export interface AuthenticityOptions<T> {
  /** Whether an authentic entry held already (outside `items`) vouches for this one. */
  vouchedBefore: (item: T) => boolean;
  /** Checks the items' own signatures: true where one verifies. */
  verify: (items: T[]) => Promise<boolean[]>;
  /** The text form of an item's `prev` id, as `idText` is written (null for a first entry). */
  parentKey: (item: T) => string | null;
  /** Called every few entries: a page gives the browser a turn here (a year is 35,000 entries). */
  pause?: () => Promise<void>;
  /**
   * Each item's place in `items` by its `idText`, where the caller has made that map already
   * (the ledger's reader, which finds each id once); ids it holds that are not items map to -1.
   */
  places?: ReadonlyMap<string, number>;
}

/** How many entries are sorted between two calls of `pause`. */
const entriesPerPause = 64;

/** Sorts entries that passed steps 1–6 into authentic and forged, with one signature per head. */
export async function authenticate<T extends Unverified>(
  items: readonly T[],
  options: AuthenticityOptions<T>,
): Promise<Authenticity<T>> {
  let done = 0;
  const pause = options.pause ?? (() => Promise.resolve());
  /** True every entriesPerPause entries (when a page gave a pause): then `await pause()`. */
  const due = (): boolean => options.pause !== undefined && ++done % entriesPerPause === 0;
  // Items are named by their place in `items`: a year is tens of thousands of them, and
  // arrays indexed by place cost far less than maps keyed by entry or by id text.
  let byId = options.places;
  if (byId === undefined) {
    const places = new Map<string, number>();
    for (let i = 0; i < items.length; i++) {
      places.set((items[i] as T).idText, i);
      if (due()) await pause();
    }
    byId = places;
  }
  /** The item each one vouches for, when it is among the items (same author, one seq lower); -1 if none. */
  const parents = new Int32Array(items.length).fill(-1);
  // How many children of each item are authentic or not yet decided: while one is, the
  // item need not be checked on its own.
  const openChildren = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    if (due()) await pause();
    const child = items[i] as T;
    const parentId = options.parentKey(child);
    if (parentId === null) continue;
    const parent = byId.get(parentId) ?? -1;
    if (parent < 0) continue;
    const { entry } = items[parent] as T;
    if (entry.seq !== child.entry.seq - 1 || !sameBytes(entry.author, child.entry.author)) continue;
    parents[i] = parent;
    openChildren[parent] = (openChildren[parent] as number) + 1;
  }
  const undecided = 0;
  const authenticMark = 1;
  const forgedMark = 2;
  const status = new Uint8Array(items.length);
  // Marks `start` and what it vouches for down its chain, pausing on the way (a head
  // vouches for its whole chain, thousands of entries for a busy member).
  const markAuthentic = async (start: number): Promise<void> => {
    for (let i = start; i >= 0 && status[i] !== authenticMark; i = parents[i] as number) {
      status[i] = authenticMark;
      if (due()) await pause();
    }
  };
  for (let i = 0; i < items.length; i++) {
    if (status[i] === undecided && options.vouchedBefore(items[i] as T)) await markAuthentic(i);
    if (due()) await pause();
  }
  let heads: number[] = [];
  for (let i = 0; i < items.length; i++) if (status[i] === undecided && openChildren[i] === 0) heads.push(i);
  let signatures = 0;
  while (heads.length) {
    const verdicts = await options.verify(heads.map((i) => items[i] as T));
    signatures += heads.length;
    const next: number[] = [];
    for (const [n, head] of heads.entries()) {
      if (status[head] !== undecided) continue;
      if (verdicts[n]) {
        await markAuthentic(head);
        continue;
      }
      status[head] = forgedMark;
      const parent = parents[head] as number;
      if (parent < 0 || status[parent] !== undecided) continue;
      openChildren[parent] = (openChildren[parent] as number) - 1;
      if (openChildren[parent] === 0) next.push(parent);
    }
    heads = next;
  }
  const authentic: T[] = [];
  const forged: T[] = [];
  items.forEach((item, i) => {
    (status[i] === authenticMark ? authentic : forged).push(item);
  });
  return {
    authentic,
    forged,
    signatures,
    parents: Array.from(parents, (parent) => (parent < 0 ? undefined : items[parent])),
  };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
