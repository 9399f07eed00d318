// The order in which authority entries are judged. Claimed times never decide it: it
// follows the causal links of authorityGraph.ts (what each entry had seen, its author's
// earlier entries, what it refers to); entries those leave unordered are concurrent.
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
import type { AnyEntry } from '../entry/Entry.ts';
import { recordApplied } from './applyEntry.ts';
import type { AuthorityGraph, AuthorityNode } from './authorityGraph.ts';
import type { EntryIdText, NetworkState, VerifiedEntry } from './NetworkState.ts';
import type { Rejection } from './Rejection.ts';

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
      recordApplied(state, node.item, true);
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
