// Shared plans and their accounts (docs/protocol-together.md §3). A plan keeps what its
// entries said: the plan, its pledges (ordinary entries) and the authority entries about it
// in the order they were judged. What it decided and moved is derived from that alone
// (planReckoning.ts) and settled by the difference, so entries that arrive twice, late or
// in another order never move anything twice, and every device reaches the same balances.
import type { PlanFields, Policy } from '../entry/bodies.ts';
import type { Entry } from '../entry/Entry.ts';
import { hasRole } from './membership.ts';
import type { EntryIdText, MemberKey, NetworkState } from './NetworkState.ts';
import { type PlanOutcome, reckonPlan } from './planReckoning.ts';
import type { Rejection } from './Rejection.ts';

export type { PlanOutcome } from './planReckoning.ts';

/** The vote rule of a policy (protocol.md §3.4): more than `voteShare` % yes, at least `voteQuorum` % voting. */
export type VoteRule = Pick<Policy, 'voteShare' | 'voteQuorum'>;

export interface Pledge {
  id: EntryIdText;
  member: MemberKey;
  minutes: number;
  /** Its claimed time: a pledge dated after the plan's end (or its rejection) does not count. */
  time: number;
  entry: Entry;
}

export interface Plan extends Omit<PlanFields, 'guides' | 'circle'> {
  id: EntryIdText;
  author: MemberKey;
  created: number;
  guides: MemberKey[];
  /** Empty: every member may pledge and vote. */
  circle: MemberKey[];
  pledges: Map<EntryIdText, Pledge>;
  /** What its entries add up to now, and what has been moved for it (settlePlan). */
  outcome: PlanOutcome;
}

export type PlanActType = 'plan-grant' | 'vote' | 'plan-close' | 'plan-pay' | 'plan-end';

/** An authority entry about a plan, as step 3 judged it: in causal order, with what it knew then. */
export interface PlanAct {
  id: EntryIdText;
  type: PlanActType;
  entry: Entry;
  author: MemberKey;
  time: number;
  /** Its author was a coordinator when it was judged. */
  coordinator: boolean;
  /** plan-close: the members allowed to vote when it was judged (admitted, not a kiosk), sorted. */
  voters: MemberKey[];
  /** plan-close: the votes on this plan in its causal past. */
  pastVotes: EntryIdText[];
  /**
   * plan-close: the vote rule in force when it was judged (the latest policy before it in
   * causal order), so a policy written after the close never changes what it decided.
   */
  rule: VoteRule;
  /**
   * plan-close read from a checkpoint: how many members (of the circle, if any) were allowed
   * to vote; its `voters` then hold only those of them who voted on the plan (checkpoint/togetherObjects.ts).
   */
  allowed?: number;
}

/**
 * Step 3 keeps an authority entry about a plan for the reckoning: the plan itself is an
 * ordinary entry, judged only in step 4, so whether a close is by a guide, a payment fits
 * or a vote comes in time is decided there, from these records in this order.
 */
export function recordPlanAct(
  state: NetworkState,
  entry: Entry,
  plan: EntryIdText,
  at: { id: EntryIdText; member: { key: MemberKey }; inPast(earlier: EntryIdText, later: EntryIdText): boolean },
): void {
  const type = entry.type as PlanActType;
  const acts = state.planActs.get(plan) ?? [];
  const member = state.members.get(at.member.key);
  const voters: MemberKey[] = [];
  const pastVotes: EntryIdText[] = [];
  if (type === 'plan-close') {
    for (const one of state.members.values()) {
      if (one.status === 'admitted' && !one.roles.has('kiosk')) voters.push(one.key);
    }
    voters.sort();
    for (const act of acts) if (act.type === 'vote' && at.inPast(act.id, at.id)) pastVotes.push(act.id);
  }
  acts.push({
    id: at.id,
    type,
    entry,
    author: at.member.key,
    time: entry.time,
    coordinator: hasRole(member, 'coordinator'),
    voters,
    pastVotes,
    rule: { voteShare: state.policy.voteShare, voteQuorum: state.policy.voteQuorum },
  });
  state.planActs.set(plan, acts);
}

/** Brings the balances, the pot and the plan's account to what its entries say now, moving only the difference. */
export function settlePlan(state: NetworkState, plan: Plan): void {
  const before = plan.outcome;
  const after = reckonPlan(state, plan);
  for (const member of new Set([...before.out.keys(), ...after.out.keys()])) {
    const change = (after.out.get(member) ?? 0) - (before.out.get(member) ?? 0);
    const account = state.members.get(member);
    if (change !== 0 && account) {
      account.balance -= change;
      account.given += change;
    }
  }
  for (const member of new Set([...before.in.keys(), ...after.in.keys()])) {
    const change = (after.in.get(member) ?? 0) - (before.in.get(member) ?? 0);
    const account = state.members.get(member);
    if (change !== 0 && account) {
      account.balance += change;
      account.received += change;
    }
  }
  state.pot -= after.potOut - before.potOut;
  plan.outcome = after;
  const entries = new Map<EntryIdText, Entry>();
  for (const pledge of plan.pledges.values()) entries.set(pledge.id, pledge.entry);
  for (const act of state.planActs.get(plan.id) ?? []) entries.set(act.id, act.entry);
  for (const [id, verdict] of after.verdicts) mark(state, id, entries.get(id) as Entry, verdict);
}

/** After step 4: authority entries about a plan that is not there wait for it. */
export function waitForPlans(state: NetworkState): void {
  for (const [plan, acts] of state.planActs) {
    if (state.plans.has(plan)) continue;
    for (const act of acts) mark(state, act.id, act.entry, 'missing-ref');
  }
}

function mark(state: NetworkState, id: EntryIdText, entry: Entry, verdict: Rejection | null): void {
  if (verdict === null) {
    state.rejected.delete(id);
    state.applied.set(id, entry);
  } else {
    state.applied.delete(id);
    state.rejected.set(id, { reason: verdict, detail: '' });
  }
}

/** A plan's account: what is in it now. */
export function planAccount(plan: Plan): number {
  return plan.outcome.account;
}
