// The causal links between authority entries, which the order they are judged in follows
// (authorityOrder.ts). Claimed times never decide it: each authority entry names the
// authority entries its author had seen (`seen`), follows its author's earlier entries, and
// follows what it refers to (the join it answers, the chain heads it cuts).
import { toBase64Url } from '../encoding/base64url.ts';
import { authorityTypes, type Bodies, seenOf } from '../entry/bodies.ts';
import type { AnyEntry } from '../entry/Entry.ts';
import type { EntryIdText, NetworkState, VerifiedEntry } from './NetworkState.ts';
import type { Rejection } from './Rejection.ts';

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
    case 'move-out':
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
