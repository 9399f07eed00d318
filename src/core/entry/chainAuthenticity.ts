// §3.5: authenticity by chain heads. An entry's `prev` is the id — a hash of the exact
// bytes — of its author's entry before it, and the signature covers `prev`. So one
// verified signature on a chain's head vouches for every entry below it whose bytes hash
// to the ids the chain names: a device checks one signature per head (per branch of a
// fork, per stretch below a gap) and hashes the rest. A head whose signature fails is
// not authentic, and what it named becomes a head to check in turn, so a forged entry
// costs its reader one signature, as it costs its sender.
import { isBase64UrlOf, toBase64Url } from '../encoding/base64url.ts';
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
  /** Its author's key as text: one string per key (entryTexts.ts), so grouping by it is cheap. */
  authorKey: (item: T) => string;
  /** Called every few entries: a page gives the browser a turn here (a year is 35,000 entries). */
  pause?: () => Promise<void>;
}

/** How many entries are sorted between two calls of `pause`. */
const entriesPerPause = 64;
/**
 * How many forks at one seq a child's parent is looked for among, one by one, before the
 * items are looked up by id: a hostile peer may send thousands of forks and children of
 * one seq, and comparing each child with each fork would take its readers minutes.
 */
const forksWalked = 4;

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
  /** Per author, the last item of each seq (an array by seq), to find an entry's parent by. */
  const bySeq = new Map<string, number[]>();
  /** The item before it with the same author and seq (a fork), or -1. */
  const sameSeq = new Int32Array(items.length).fill(-1);
  for (let i = 0; i < items.length; i++) {
    const { entry } = items[i] as T;
    const author = options.authorKey(items[i] as T);
    let seqs = bySeq.get(author);
    if (seqs === undefined) {
      seqs = [];
      bySeq.set(author, seqs);
    }
    sameSeq[i] = seqs[entry.seq] ?? -1;
    seqs[entry.seq] = i;
    if (due()) await pause();
  }
  /**
   * The item each one vouches for, when it is among the items: by the same author, one seq
   * lower, its id the `prev` named (compared with the id's text character by character); -1 if none.
   */
  const parents = new Int32Array(items.length).fill(-1);
  /** The items by id text, made only when a seq has more forks than `forksWalked`. */
  let byId: Map<string, number> | undefined;

  // How many children of each item are authentic or not yet decided: while one is, the
  // item need not be checked on its own.
  const openChildren = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    if (due()) await pause();
    const child = items[i] as T;
    const { prev, seq } = child.entry;
    if (prev === null) continue;
    const author = options.authorKey(child);
    let parent = (bySeq.get(author) as number[])[seq - 1] ?? -1;
    for (let walked = 0; parent >= 0 && !isBase64UrlOf((items[parent] as T).idText, prev); walked++) {
      if (walked === forksWalked) {
        byId ??= new Map(items.map((item, at) => [item.idText, at]));
        const found = byId.get(toBase64Url(prev)) ?? -1;
        // The same author's, one seq lower: the fork at seq - 1 that it names.
        const fits = found >= 0 && (items[found] as T).entry.seq === seq - 1;
        parent = fits && options.authorKey(items[found] as T) === author ? found : -1;
        break;
      }
      parent = sameSeq[parent] as number;
    }
    if (parent < 0) continue;
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
