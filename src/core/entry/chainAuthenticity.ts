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
  /** A hex or base64 form of an author key, to compare authors. */
  authorKey: (author: Uint8Array) => string;
  /** The text form of a `prev` id, as `idText` is written. */
  idKey: (id: Uint8Array) => string;
  /** Called every few entries: a page gives the browser a turn here (a year is 35,000 entries). */
  pause?: () => Promise<void>;
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
  const byId = new Map<string, T>();
  for (const item of items) {
    byId.set(item.idText, item);
    if (due()) await pause();
  }
  const authors = new Map<T, string>();
  const authorOf = (item: T): string => {
    let key = authors.get(item);
    if (key === undefined) {
      key = options.authorKey(item.entry.author);
      authors.set(item, key);
    }
    return key;
  };
  /** The entry `child` vouches for, when it is among the items: same author, one seq lower. */
  const parentOf = (child: T): T | undefined => {
    if (child.entry.prev === null) return undefined;
    const parent = byId.get(options.idKey(child.entry.prev));
    if (!parent || parent.entry.seq !== child.entry.seq - 1 || authorOf(parent) !== authorOf(child)) return undefined;
    return parent;
  };
  // How many children of each item are authentic or not yet decided: while one is, the
  // item need not be checked on its own.
  const openChildren = new Map<T, number>();
  for (const item of items) {
    const parent = parentOf(item);
    if (parent) openChildren.set(parent, (openChildren.get(parent) ?? 0) + 1);
    if (due()) await pause();
  }
  const status = new Map<T, boolean>();
  // Marks `start` and what it vouches for down its chain: pausing on the way (a head
  // vouches for its whole chain, thousands of entries for a busy member).
  const markAuthentic = async (start: T): Promise<void> => {
    for (let item: T | undefined = start; item && status.get(item) !== true; item = parentOf(item)) {
      status.set(item, true);
      if (due()) await pause();
    }
  };
  for (const item of items) {
    if (status.get(item) === undefined && options.vouchedBefore(item)) await markAuthentic(item);
    if (due()) await pause();
  }
  let heads = items.filter((item) => status.get(item) === undefined && !openChildren.get(item));
  let signatures = 0;
  while (heads.length) {
    const verdicts = await options.verify(heads);
    signatures += heads.length;
    const next: T[] = [];
    for (const [i, head] of heads.entries()) {
      if (status.get(head) !== undefined) continue;
      if (verdicts[i]) {
        await markAuthentic(head);
        continue;
      }
      status.set(head, false);
      const parent = parentOf(head);
      if (!parent || status.get(parent) !== undefined) continue;
      const open = (openChildren.get(parent) ?? 1) - 1;
      openChildren.set(parent, open);
      if (open === 0) next.push(parent);
    }
    heads = next;
  }
  const authentic: T[] = [];
  const forged: T[] = [];
  for (const item of items) (status.get(item) ? authentic : forged).push(item);
  return { authentic, forged, signatures };
}
