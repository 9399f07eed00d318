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
//  5. Links with other networks: our link entries judged with the peers' foreign ones
//     (src/core/links/settle/settleLinks.ts).
import { authorityTypes } from '../entry/bodies.ts';
import type { AnyEntry } from '../entry/Entry.ts';
import type { ForeignEntry, MovedOut } from '../links/LinkState.ts';
import { cutMovesFromCheckpoint } from '../links/settle/fromCheckpoint.ts';
import { settleLinks } from '../links/settle/settleLinks.ts';
import { completeMoveOuts } from '../links/settle/settleMoves.ts';
import { applyEntry, dependsOnOthers, rejectionFor } from './applyEntry.ts';
import { chainEntriesInSteps } from './chains.ts';
import { emptyState } from './emptyState.ts';
import type { EntryIdText, NetworkState, VerifiedEntry } from './NetworkState.ts';
import type { FindEntry } from './Placement.ts';
import { settlePlan, waitForPlans } from './plans.ts';
import { entriesPerStep, runToEnd, type Steps } from './steps.ts';
import { judgeAuthority } from './strongRemoval.ts';

/** What a derivation knows beyond the entries (docs/protocol.md §4.8). */
export interface DeriveOptions {
  /** Checkpoint entries found false: each ends its signer's coordinator and kiosk roles, as a removal. */
  falseCheckpoints?: ReadonlySet<EntryIdText>;
  /** Stage 2: judge the entries after a checkpoint's frontier against its state (src/core/checkpoint), made in steps. */
  start?: () => Steps<NetworkState>;
  /** The peers' foreign entries, authentic under their own nets (src/core/links/foreign.ts): step 5. */
  foreign?: Iterable<ForeignEntry>;
  /** The move-outs whose moves a first derivation found complete: their cuts apply in step 3 (settleMoves.ts). */
  movedOut?: MovedOut;
  /** Every entry is given once (the ledger's, a map by id): the chains need not look for an id twice. */
  distinct?: boolean;
  /** Finds each entry given by its id (the ledger's own table): the state's tables need none of their own (Placement.ts). */
  find?: FindEntry;
}

export function deriveState(
  networkId: EntryIdText,
  entries: Iterable<VerifiedEntry>,
  now: number,
  options: DeriveOptions = {},
): NetworkState {
  return runToEnd(deriveStateInSteps(networkId, entries, now, options));
}

/** deriveState, yielding every few hundred entries, for a page to run in slices (steps.ts). */
export function* deriveStateInSteps(
  networkId: EntryIdText,
  entries: Iterable<VerifiedEntry>,
  now: number,
  options: DeriveOptions = {},
): Steps<NetworkState> {
  const state = options.start ? yield* options.start() : emptyState(networkId);
  state.movedOut = options.movedOut ?? null;
  if (options.falseCheckpoints?.size) state.falseCheckpoints = options.falseCheckpoints;
  cutMovesFromCheckpoint(state);
  const base = state.checkpoint;
  // Read once: a move across a link may need a second derivation of the same entries.
  const all = Array.isArray(entries) ? (entries as readonly VerifiedEntry[]) : [...entries];
  // After a checkpoint, the entries of its frontier are done (stage 1): never judged again.
  const after = base ? all.filter((item) => !base.settled(item.idText) && !base.below(item)) : all;

  // 1 and 2: this network's chains.
  const chained = yield* chainEntriesInSteps(state, after, now, base?.settled, options.distinct, options.find);

  // 3. Authority, in causal order.
  const joins = new Map<EntryIdText, VerifiedEntry>(base?.carried);
  for (const item of chained) if (item.entry.type === 'join') joins.set(item.idText, item);
  judgeAuthority(state, chained, joins, options.falseCheckpoints);

  // 4. Everything else: what stands alone, then what refers to it.
  const dependent: VerifiedEntry[] = [];
  let done = 0;
  for (let at = 0; at < chained.length; at++) {
    const item = chained[at] as VerifiedEntry;
    if (++done % entriesPerStep === 0) yield;
    if (authorityTypes.has(item.entry.type)) continue;
    if (dependsOnOthers(item.entry as AnyEntry)) dependent.push(item);
    else judge(state, item);
  }
  dependent.sort((a, b) => (a.idText < b.idText ? -1 : a.idText > b.idText ? 1 : 0));
  for (let at = 0; at < dependent.length; at++) {
    const item = dependent[at] as VerifiedEntry;
    if (++done % entriesPerStep === 0) yield;
    judge(state, item);
  }
  // After a checkpoint, a plan read from it is settled with the acts judged in step 3: no
  // entry of its own (judged in step 4) comes to do it.
  if (base) for (const plan of state.plans.values()) settlePlan(state, plan);
  // Authority entries about a plan that is not there wait for it (together §3).
  waitForPlans(state);
  // 5. Links with other networks: our link entries with the peers' (src/core/links).
  const foreign = options.foreign ? [...options.foreign] : [];
  if (state.links.size > 0 || foreign.length > 0) {
    settleLinks(state, new Map(chained.map((item) => [item.idText, item.entry])), foreign);
  }
  // A member who moved out stops after the move-out's cut: that is step 3's to apply, so
  // once a complete move is found the entries are derived again with it (once: the second
  // derivation takes the moves the first found as decided).
  if (!options.movedOut) {
    const movedOut = completeMoveOuts(state);
    if (movedOut.size > 0) return yield* deriveStateInSteps(networkId, all, now, { ...options, foreign, movedOut });
  }
  return state;
}

/** Judges one ordinary entry against the state and applies it or keeps it aside. */
export function judge(state: NetworkState, item: VerifiedEntry): void {
  const problem = rejectionFor(state, item);
  if (problem) state.rejected.set(item.idText, { reason: problem, detail: '' });
  else applyEntry(state, item, true);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
