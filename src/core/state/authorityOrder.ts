// The order in which authority entries are judged. Claimed times never decide it: each
// authority entry names the authority entries its author had seen (`seen`), follows its
// author's earlier entries, and follows what it refers to (the join it answers, the chain
// heads it cuts). That is a causal order; entries it leaves unordered are concurrent.
//
// Concurrent entries are ordered by two fixed rules:
//  1. A removal (suspend, revoke-role, device-remove, move-member) goes before every act of
//     the removed member (or device) that it had not seen: a suspended coordinator cannot
//     slip in an act by pretending not to have seen its suspension.
//  2. Otherwise, and when rule 1 goes round in a circle (two coordinators suspending each
//     other), the more senior coordinator's entry goes first (the founder, then in the
//     order they became coordinators), then the lower id.
//  3. A set-aside (a whole period of join requests declined at once) goes after every
//     other entry that can go: a coordinator's answer to one request is more specific.
// The genesis comes first; join requests, which affect only their own author, as soon as
// they can, except a newcomer's join while an earlier one of theirs is still pending: it
// waits until nothing else can go (a set-aside or a decline of the earlier one may come).
import { toBase64Url } from '../encoding/base64url.ts';
import { authorityTypes, type Bodies, removalTypes, seenOf } from '../entry/bodies.ts';
import type { AnyEntry } from '../entry/Entry.ts';
import type { EntryIdText, NetworkState, Rejection, VerifiedEntry } from './NetworkState.ts';

interface Node {
  item: VerifiedEntry;
  deps: EntryIdText[];
  /** Entries that depend on this one. */
  next: EntryIdText[];
  missing: number;
}

/**
 * Judges the chained authority entries in causal order with `judge`, which returns a
 * rejection or null. Entries that name what is not there wait (`missing-ref`).
 */
export function runInCausalOrder(
  state: NetworkState,
  chained: readonly VerifiedEntry[],
  judge: (item: VerifiedEntry) => Rejection | null,
): void {
  const authority = new Map<EntryIdText, VerifiedEntry>();
  for (const item of chained) if (authorityTypes.has(item.entry.type)) authority.set(item.idText, item);
  const nearest = nearestAuthorityAncestor(state, authority);
  // A join after an earlier one of the same newcomer asks again after that one's decline.
  const declines = new Map<EntryIdText, EntryIdText[]>();
  for (const item of authority.values()) {
    if (item.entry.type !== 'decline') continue;
    const join = toBase64Url((item.entry.body as Bodies['decline']).join);
    declines.set(join, [...(declines.get(join) ?? []), item.idText]);
  }

  // The graph: each entry's dependencies, or why it cannot have them.
  const nodes = new Map<EntryIdText, Node>();
  const waiting = new Map<EntryIdText, Rejection>();
  for (const item of authority.values()) {
    const deps = dependencies(state, item, authority, nearest, declines);
    if (typeof deps === 'string') waiting.set(item.idText, deps);
    else nodes.set(item.idText, { item, deps, next: [], missing: deps.length });
  }
  // What waits makes what depends on it wait too.
  let spread = true;
  while (spread) {
    spread = false;
    for (const [id, node] of nodes) {
      if (node.deps.some((dep) => waiting.has(dep) || !authority.has(dep))) {
        waiting.set(id, 'missing-ref');
        nodes.delete(id);
        spread = true;
      }
    }
  }
  for (const [id, reason] of waiting) {
    state.rejected.set(id, { reason, detail: reason === 'bad-ref' ? 'names an entry it may not' : '' });
  }
  for (const [id, node] of nodes) for (const dep of node.deps) nodes.get(dep)?.next.push(id);

  const removals = [...nodes.values()].filter((node) => removalTypes.has(node.item.entry.type));
  const pasts = new Map<EntryIdText, Set<EntryIdText>>();
  const pastOf = (id: EntryIdText): Set<EntryIdText> => {
    let past = pasts.get(id);
    if (!past) {
      past = new Set([id]);
      const stack = [id];
      while (stack.length) {
        for (const dep of nodes.get(stack.pop() as EntryIdText)?.deps ?? []) {
          if (!past.has(dep)) {
            past.add(dep);
            stack.push(dep);
          }
        }
      }
      pasts.set(id, past);
    }
    return past;
  };
  const done = new Set<EntryIdText>();
  const isHeld = (node: Node): boolean => {
    const author = toBase64Url(node.item.entry.author);
    const member = state.devices.get(author)?.member ?? author;
    return removals.some((removal) => {
      if (done.has(removal.item.idText) || !targets(removal.item, member, author)) return false;
      return !pastOf(removal.item.idText).has(node.item.idText);
    });
  };
  const rank = (node: Node): number => {
    const author = toBase64Url(node.item.entry.author);
    const member = state.members.get(state.devices.get(author)?.member ?? author);
    return member?.seniority ?? Number.POSITIVE_INFINITY;
  };

  const joins: Node[] = [];
  const ready: Node[] = [];
  /** Joins whose author has an earlier join still pending: judged when nothing else can go. */
  const later: Node[] = [];
  const asksTwice = (node: Node): boolean => {
    if (node.item.entry.type !== 'join') return false;
    const known = state.members.get(toBase64Url(node.item.entry.author));
    return known?.status === 'pending' && known.joinId !== node.item.idText;
  };
  const enqueue = (node: Node): void => {
    if (node.item.entry.type === 'join' || node.item.entry.type === 'genesis') joins.push(node);
    else ready.push(node);
  };
  for (const node of [...nodes.values()].sort((a, b) => compareIds(a.item.idText, b.item.idText))) {
    if (node.missing === 0) enqueue(node);
  }
  // The genesis before anything.
  joins.sort((a, b) => (a.item.entry.type === 'genesis' ? -1 : b.item.entry.type === 'genesis' ? 1 : 0));

  const order: EntryIdText[] = [];
  while (joins.length || ready.length || later.length) {
    let node: Node;
    if (joins.length) {
      node = joins.shift() as Node;
      if (asksTwice(node)) {
        later.push(node);
        continue;
      }
    } else if (ready.length) {
      const unheld = ready.filter((candidate) => !isHeld(candidate));
      const specific = unheld.filter((candidate) => candidate.item.entry.type !== 'set-aside');
      const pool = specific.length ? specific : unheld.length ? unheld : ready;
      node = pool.reduce((best, candidate) => {
        const difference = rank(candidate) - rank(best);
        return difference < 0 || (difference === 0 && candidate.item.idText < best.item.idText) ? candidate : best;
      });
      ready.splice(ready.indexOf(node), 1);
    } else node = later.shift() as Node;
    const problem = judge(node.item);
    if (problem) state.rejected.set(node.item.idText, { reason: problem, detail: '' });
    else {
      state.applied.set(node.item.idText, node.item.entry);
      order.push(node.item.idText);
    }
    done.add(node.item.idText);
    for (const id of node.next) {
      const later = nodes.get(id) as Node;
      later.missing--;
      if (later.missing === 0) enqueue(later);
    }
  }

  // The heads a new authority entry names as seen: applied ones nothing applied follows.
  const followed = new Set<EntryIdText>();
  for (const id of order) for (const dep of nodes.get(id)?.deps ?? []) followed.add(dep);
  state.authorityHeads = order.filter((id) => {
    const type = authority.get(id)?.entry.type;
    return type !== 'join' && !followed.has(id);
  });
}

/** For each chained entry, the nearest authority entry before it in its author's chain. */
function nearestAuthorityAncestor(
  state: NetworkState,
  authority: ReadonlyMap<EntryIdText, VerifiedEntry>,
): (id: EntryIdText) => EntryIdText | null {
  const memo = new Map<EntryIdText, EntryIdText | null>();
  return (id) => {
    const path: EntryIdText[] = [];
    let at = state.chain.get(id)?.parent ?? null;
    let found: EntryIdText | null = null;
    while (at) {
      if (authority.has(at)) {
        found = at;
        break;
      }
      const known = memo.get(at);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(at);
      at = state.chain.get(at)?.parent ?? null;
    }
    for (const node of path) memo.set(node, found);
    return found;
  };
}

function dependencies(
  state: NetworkState,
  item: VerifiedEntry,
  authority: ReadonlyMap<EntryIdText, VerifiedEntry>,
  nearest: (id: EntryIdText) => EntryIdText | null,
  declines: ReadonlyMap<EntryIdText, EntryIdText[]>,
): EntryIdText[] | Rejection {
  const deps = new Set<EntryIdText>();
  const before = nearest(item.idText);
  if (before) deps.add(before);
  if (item.entry.type === 'join' && before) for (const decline of declines.get(before) ?? []) deps.add(decline);
  const entry = item.entry as AnyEntry;
  for (const bytes of seenOf(entry.body)) {
    const id = toBase64Url(bytes);
    if (authority.has(id)) deps.add(id);
    else return state.chain.has(id) ? 'bad-ref' : 'missing-ref';
  }
  if (entry.type === 'admit' || entry.type === 'decline') {
    const id = toBase64Url(entry.body.join);
    if (authority.get(id)?.entry.type === 'join') deps.add(id);
    else if (state.chain.has(id)) return 'bad-ref';
    else return 'missing-ref';
  }
  for (const bytes of headsNamed(entry)) {
    const id = toBase64Url(bytes);
    if (!state.chain.has(id)) return 'missing-ref';
    const last = authority.has(id) ? id : nearest(id);
    if (last && last !== item.idText) deps.add(last);
  }
  deps.delete(item.idText);
  return [...deps];
}

function headsNamed(entry: AnyEntry): readonly Uint8Array[] {
  switch (entry.type) {
    case 'suspend':
    case 'device-remove':
    case 'move-member':
    case 'cut-more':
      return entry.body.cut;
    case 'reinstate':
      return entry.body.from;
    default:
      return [];
  }
}

/** Does this removal take rights from this member (or this device)? */
function targets(removal: VerifiedEntry, member: string, device: string): boolean {
  const entry = removal.entry as AnyEntry;
  switch (entry.type) {
    case 'suspend':
    case 'move-member':
    case 'revoke-role':
      return toBase64Url((entry.body as Bodies['suspend']).member) === member;
    case 'device-remove':
      return toBase64Url(entry.body.device) === device;
    default:
      return false;
  }
}

function compareIds(a: EntryIdText, b: EntryIdText): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
