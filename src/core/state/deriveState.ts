// The rules of the timebank: one pure function from a set of verified entries (and the
// time now) to the network's state. The order in which entries arrived, and how often,
// does not matter: every step below sorts or indexes first.
//
//  1. Network: its genesis (the entry whose id is the network's id) starts it.
//  2. Chains: each author's entries form a chain (src/core/state/chains.ts). A gap waits,
//     a time too far ahead waits; a branch (fork) is flagged and costs only its author.
//  3. Authority: the entries that change who may do what, and coordinators' acts, are
//     judged one by one in causal order; an act concurrent with a removal of its author
//     never counts (strongRemoval.ts, authorityOrder.ts, applyAuthority.ts).
//  4. Everything else is judged against the membership that results (applyEntry.ts):
//     first what stands on its own, then what refers to those (updates, confirmations,
//     payments of a proposal, lowest id first).
import { authorityTypes } from '../entry/bodies.ts';
import type { AnyEntry } from '../entry/Entry.ts';
import { applyEntry, dependsOnOthers, rejectionFor } from './applyEntry.ts';
import { chainEntriesInSteps } from './chains.ts';
import { type EntryIdText, emptyState, type NetworkState, type VerifiedEntry } from './NetworkState.ts';
import { waitForPlans } from './plans.ts';
import { entriesPerStep, runToEnd, type Steps } from './steps.ts';
import { judgeAuthority } from './strongRemoval.ts';

export function deriveState(networkId: EntryIdText, entries: Iterable<VerifiedEntry>, now: number): NetworkState {
  return runToEnd(deriveStateInSteps(networkId, entries, now));
}

/** deriveState, yielding every few hundred entries, for a page to run in slices (steps.ts). */
export function* deriveStateInSteps(
  networkId: EntryIdText,
  entries: Iterable<VerifiedEntry>,
  now: number,
): Steps<NetworkState> {
  const state = emptyState(networkId);

  // 1 and 2: this network's chains.
  const chained = yield* chainEntriesInSteps(state, entries, now);

  // 3. Authority, in causal order.
  const joins = new Map<EntryIdText, VerifiedEntry>();
  for (const item of chained) if (item.entry.type === 'join') joins.set(item.idText, item);
  judgeAuthority(state, chained, joins);

  // 4. Everything else: what stands alone, then what refers to it.
  const dependent: VerifiedEntry[] = [];
  let done = 0;
  for (const item of chained) {
    if (++done % entriesPerStep === 0) yield;
    if (authorityTypes.has(item.entry.type)) continue;
    if (dependsOnOthers(item.entry as AnyEntry)) dependent.push(item);
    else judge(state, item);
  }
  dependent.sort((a, b) => (a.idText < b.idText ? -1 : a.idText > b.idText ? 1 : 0));
  for (const item of dependent) {
    if (++done % entriesPerStep === 0) yield;
    judge(state, item);
  }
  // Authority entries about a plan that is not there wait for it (together §3).
  waitForPlans(state);
  return state;
}

/** Judges one ordinary entry against the state and applies it or keeps it aside. */
export function judge(state: NetworkState, item: VerifiedEntry): void {
  const problem = rejectionFor(state, item);
  if (problem) state.rejected.set(item.idText, { reason: problem, detail: '' });
  else applyEntry(state, item);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
