// The order in which authority entries are judged. Claimed times never decide it: each
// authority entry names the authority entries its author had seen (`seen`), follows its
// author's earlier entries, and follows what it refers to (the join it answers, the chain
// heads it cuts). That is a causal order; entries it leaves unordered are concurrent.
//
// Who may act when removals are concurrent is not decided by this order any more
// (strongRemoval.ts decides it from causal pasts alone). The order only settles what
// concurrent acts settle between them (two admissions of one join, two rekeys), by fixed
// rules:
//  1. A restoration of a member (reinstate, grant of the coordinator role) waits for every
//     act of that member that had not seen it: an act counts by the rights its author had
//     in its own past, not by a grant it had not seen.
//  2. Otherwise, and when rule 1 goes round in a circle, the more senior coordinator's
//     entry goes first (the founder, then in the order they became coordinators), then the
//     lower id.
//  3. A set-aside (a whole period of join requests declined at once) goes after every
//     other entry that can go: a coordinator's answer to one request is more specific.
// The genesis comes first; join requests, which affect only their own author, as soon as
// they can, except a newcomer's join while an earlier one of theirs is still pending: it
// waits until nothing else can go (a set-aside or a decline of the earlier one may come).
import { toBase64Url } from '../encoding/base64url.ts';
import { authorityTypes, type Bodies, seenOf } from '../entry/bodies.ts';
import type { AnyEntry } from '../entry/Entry.ts';
import type { EntryIdText, NetworkState, Rejection, VerifiedEntry } from './NetworkState.ts';

export interface AuthorityNode {
  item: VerifiedEntry;
  /** The author's key as text, read once. */
  author: string;
  deps: EntryIdText[];
  /** Entries that depend on this one. */
  next: EntryIdText[];
}

/** The authority entries that can be judged, with their causal links. */
export class AuthorityGraph {
  readonly nodes = new Map<EntryIdText, AuthorityNode>();
  private readonly pasts = new Map<EntryIdText, Set<EntryIdText>>();
  private readonly futures = new Map<EntryIdText, Set<EntryIdText>>();
  /** Each author's entries, to find a member's acts quickly. */
  readonly byAuthor = new Map<string, EntryIdText[]>();
  /** Every id, lowest first: the order in which entries with nothing before them are taken. */
  ids: EntryIdText[] = [];

  /** The entry and everything before it in causal order. */
  pastOf(id: EntryIdText): Set<EntryIdText> {
    return this.closure(id, this.pasts, (node) => node.deps);
  }

  /** The entry and everything after it in causal order. */
  futureOf(id: EntryIdText): Set<EntryIdText> {
    return this.closure(id, this.futures, (node) => node.next);
  }

  /** Neither had the other in its past. */
  concurrent(a: EntryIdText, b: EntryIdText): boolean {
    return !this.pastOf(a).has(b) && !this.futureOf(a).has(b);
  }

  private closure(
    id: EntryIdText,
    memo: Map<EntryIdText, Set<EntryIdText>>,
    links: (node: AuthorityNode) => EntryIdText[],
  ): Set<EntryIdText> {
    let found = memo.get(id);
    if (!found) {
      found = new Set([id]);
      const stack = [id];
      while (stack.length) {
        const node = this.nodes.get(stack.pop() as EntryIdText);
        for (const link of node ? links(node) : []) {
          if (!found.has(link)) {
            found.add(link);
            stack.push(link);
          }
        }
      }
      memo.set(id, found);
    }
    return found;
  }
}

/**
 * Links the chained authority entries. Entries that name what is not there wait
 * (`missing-ref`), and so does what follows them; they are recorded in `state.rejected`.
 */
export function buildAuthorityGraph(state: NetworkState, chained: readonly VerifiedEntry[]): AuthorityGraph {
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

  const graph = new AuthorityGraph();
  const waiting = new Map<EntryIdText, Rejection>();
  for (const item of authority.values()) {
    const deps = dependencies(state, item, authority, nearest, declines);
    if (typeof deps === 'string') waiting.set(item.idText, deps);
    else graph.nodes.set(item.idText, { item, author: toBase64Url(item.entry.author), deps, next: [] });
  }
  // What waits makes what depends on it wait too.
  let spread = true;
  while (spread) {
    spread = false;
    for (const [id, node] of graph.nodes) {
      if (node.deps.some((dep) => waiting.has(dep) || !authority.has(dep))) {
        waiting.set(id, 'missing-ref');
        graph.nodes.delete(id);
        spread = true;
      }
    }
  }
  for (const [id, reason] of waiting) {
    state.rejected.set(id, { reason, detail: reason === 'bad-ref' ? 'names an entry it may not' : '' });
  }
  for (const [id, node] of graph.nodes) {
    for (const dep of node.deps) graph.nodes.get(dep)?.next.push(id);
    const mine = graph.byAuthor.get(node.author);
    if (mine) mine.push(id);
    else graph.byAuthor.set(node.author, [id]);
  }
  graph.ids = [...graph.nodes.keys()].sort(compareIds);
  return graph;
}

/**
 * Judges the entries of `graph` (or only `only`, a set closed under causal pasts) in
 * causal order with `judge`, which returns a rejection or null, and records the outcome.
 */
export function runInCausalOrder(
  state: NetworkState,
  graph: AuthorityGraph,
  only: ReadonlySet<EntryIdText> | null,
  judge: (item: VerifiedEntry) => Rejection | null,
): void {
  const included = (id: EntryIdText) => graph.nodes.has(id) && (only === null || only.has(id));
  const missing = new Map<EntryIdText, number>();
  const done = new Set<EntryIdText>();
  const rank = (node: AuthorityNode): number => {
    const member = state.members.get(state.devices.get(node.author)?.member ?? node.author);
    return member?.seniority ?? Number.POSITIVE_INFINITY;
  };
  // Rule 1: a restoration of a member waits while an act of theirs that had not seen it is still to be judged.
  const isHeld = (node: AuthorityNode): boolean => {
    const restored = restoredBy(node.item);
    if (restored === null) return false;
    const after = graph.futureOf(node.item.idText);
    for (const device of state.members.get(restored)?.devices ?? [restored]) {
      for (const id of graph.byAuthor.get(device) ?? []) {
        if (included(id) && !done.has(id) && !after.has(id)) return true;
      }
    }
    return false;
  };

  const joins: AuthorityNode[] = [];
  const ready: AuthorityNode[] = [];
  /** Joins whose author has an earlier join still pending: judged when nothing else can go. */
  const later: AuthorityNode[] = [];
  const asksTwice = (node: AuthorityNode): boolean => {
    if (node.item.entry.type !== 'join') return false;
    const known = state.members.get(node.author);
    return known?.status === 'pending' && known.joinId !== node.item.idText;
  };
  const enqueue = (node: AuthorityNode): void => {
    if (node.item.entry.type === 'join' || node.item.entry.type === 'genesis') joins.push(node);
    else ready.push(node);
  };
  for (const id of graph.ids) {
    if (only !== null && !only.has(id)) continue;
    const node = graph.nodes.get(id) as AuthorityNode;
    missing.set(id, node.deps.length);
    if (node.deps.length === 0) enqueue(node);
  }
  // The genesis before anything.
  joins.sort((a, b) => (a.item.entry.type === 'genesis' ? -1 : b.item.entry.type === 'genesis' ? 1 : 0));

  const order: EntryIdText[] = [];
  let restorations = 0;
  for (const id of graph.ids)
    if (included(id) && restoredBy((graph.nodes.get(id) as AuthorityNode).item)) restorations++;
  let nextJoin = 0;
  while (nextJoin < joins.length || ready.length || later.length) {
    let node: AuthorityNode;
    if (nextJoin < joins.length) {
      node = joins[nextJoin++] as AuthorityNode;
      if (asksTwice(node)) {
        later.push(node);
        continue;
      }
    } else if (ready.length) {
      const unheld = restorations > 0 ? ready.filter((candidate) => !isHeld(candidate)) : ready;
      const specific = unheld.filter((candidate) => candidate.item.entry.type !== 'set-aside');
      const pool = specific.length ? specific : unheld.length ? unheld : ready;
      node = pool.reduce((best, candidate) => {
        const difference = rank(candidate) - rank(best);
        return difference < 0 || (difference === 0 && candidate.item.idText < best.item.idText) ? candidate : best;
      });
      ready.splice(ready.indexOf(node), 1);
    } else node = later.shift() as AuthorityNode;
    const problem = judge(node.item);
    if (problem) state.rejected.set(node.item.idText, { reason: problem, detail: '' });
    else {
      state.applied.set(node.item.idText, node.item.entry);
      order.push(node.item.idText);
    }
    done.add(node.item.idText);
    for (const id of node.next) {
      if (!included(id)) continue;
      const left = (missing.get(id) ?? 0) - 1;
      missing.set(id, left);
      if (left === 0) enqueue(graph.nodes.get(id) as AuthorityNode);
    }
  }

  // The heads a new authority entry names as seen: applied ones nothing applied follows.
  const followed = new Set<EntryIdText>();
  for (const id of order) for (const dep of graph.nodes.get(id)?.deps ?? []) followed.add(dep);
  state.authorityHeads = order.filter((id) => graph.nodes.get(id)?.item.entry.type !== 'join' && !followed.has(id));
}

/** The member an entry gives rights back to (reinstatement, the coordinator role), or null. */
function restoredBy(item: VerifiedEntry): string | null {
  const entry = item.entry as AnyEntry;
  if (entry.type === 'reinstate') return toBase64Url(entry.body.member);
  if (entry.type === 'grant-role' && entry.body.role === 'coordinator') return toBase64Url(entry.body.member);
  return null;
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
  // After a checkpoint (§4.8) a device cannot tell an entry of the frontier from one it
  // lacks: what names neither an entry after the frontier nor a tip waits for nothing.
  const tips = state.checkpoint?.tips;
  const below = (id: EntryIdText) => tips !== undefined && (tips.has(id) || !state.chain.has(id));
  for (const bytes of seenOf(entry.body)) {
    const id = toBase64Url(bytes);
    if (authority.has(id)) deps.add(id);
    else if (below(id)) continue;
    else return state.chain.has(id) ? 'bad-ref' : 'missing-ref';
  }
  if (entry.type === 'admit' || entry.type === 'decline' || entry.type === 'met') {
    const id = toBase64Url(entry.body.join);
    if (authority.get(id)?.entry.type === 'join') deps.add(id);
    else if (below(id)) {
      // A carried pending join, or none: the rule finds out.
    } else if (state.chain.has(id)) return 'bad-ref';
    else return 'missing-ref';
  }
  for (const bytes of headsNamed(entry)) {
    const id = toBase64Url(bytes);
    if (!state.chain.has(id) && tips !== undefined) continue;
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

function compareIds(a: EntryIdText, b: EntryIdText): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
