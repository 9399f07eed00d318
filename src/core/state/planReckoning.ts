// What a plan's entries add up to (docs/protocol-together.md §3), from them alone: which
// close decided and how, when it ended, which payments fit, what went back, and so what
// every account gained or gave for it. Authority entries are taken in the order step 3
// judged them (a causal order, the same on every device); "first" and "after" mean in it.
import { toBase64Url } from '../encoding/base64url.ts';
import { isMember } from './membership.ts';
import type { EntryIdText, MemberKey, NetworkState } from './NetworkState.ts';
import type { Plan, PlanAct } from './plans.ts';
import type { Rejection } from './Rejection.ts';

export type PlanStatus = 'open' | 'accepted' | 'rejected' | 'ended';

export interface PlanPayment {
  id: EntryIdText;
  to: MemberKey;
  minutes: number;
  what: string;
  time: number;
}

export interface PlanDecision {
  close: EntryIdText;
  accepted: boolean;
  yes: number;
  cast: number;
  /** Members allowed to vote at the close. */
  allowed: number;
  /** The rule it was decided by: the policy in force at the close. */
  voteShare: number;
  voteQuorum: number;
}

export interface PlanOutcome {
  status: PlanStatus;
  decision: PlanDecision | null;
  ended: EntryIdText | null;
  /** Each member's vote that counts now: in the decision, or (while open) their latest in time. */
  votes: Map<MemberKey, boolean>;
  pledged: number;
  granted: number;
  paid: number;
  /** What is in the plan's account now. */
  account: number;
  payments: PlanPayment[];
  /** What each member gave into the plan and did not get back. */
  out: Map<MemberKey, number>;
  /** What each member was paid from the plan. */
  in: Map<MemberKey, number>;
  /** What the pot gave into the plan and did not get back. */
  potOut: number;
  /** For every pledge and authority entry about the plan: why it does not count, or null. */
  verdicts: Map<EntryIdText, Rejection | null>;
}

export function emptyOutcome(): PlanOutcome {
  return {
    status: 'open',
    decision: null,
    ended: null,
    votes: new Map(),
    pledged: 0,
    granted: 0,
    paid: 0,
    account: 0,
    payments: [],
    out: new Map(),
    in: new Map(),
    potOut: 0,
    verdicts: new Map(),
  };
}

interface Voted {
  act: PlanAct;
  yes: boolean;
}

export function reckonPlan(state: NetworkState, plan: Plan): PlanOutcome {
  const outcome = emptyOutcome();
  const { verdicts } = outcome;
  const acts = state.planActs.get(plan.id) ?? [];
  const pledges = [...plan.pledges.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const guide = (member: MemberKey) => plan.guides.includes(member);
  const inCircle = (member: MemberKey) => plan.circle.length === 0 || plan.circle.includes(member);
  const body = <T>(act: PlanAct) => act.entry.body as T;

  // The votes, the first close and the first end that count; grants until the plan is closed.
  const votes: Voted[] = [];
  let decided: { at: number; act: PlanAct; decision: PlanDecision } | null = null;
  let ended: { at: number; act: PlanAct } | null = null;
  for (const [at, act] of acts.entries()) {
    let verdict: Rejection | null = null;
    if (act.type === 'vote') {
      if (!inCircle(act.author)) verdict = 'not-party';
      else if (act.time > plan.voteEnd || decided) verdict = 'plan-closed';
      else votes.push({ act, yes: body<{ yes: boolean }>(act).yes });
    } else if (act.type === 'plan-close') {
      if (!guide(act.author) && !act.coordinator) verdict = 'not-party';
      else if (act.time < plan.voteEnd) verdict = 'too-early';
      else if (decided) verdict = 'already-decided';
      else if (ended) verdict = 'plan-closed';
      else decided = { at, act, decision: count(act, votes, inCircle) };
    } else if (act.type === 'plan-end') {
      const pledger = act.time > plan.doneBy && pledges.some((p) => p.member === act.author && p.time <= act.time);
      if (!guide(act.author) && !act.coordinator && !pledger) verdict = 'not-party';
      else if (ended) verdict = 'already-decided';
      else if (decided && !decided.decision.accepted) verdict = 'plan-closed';
      else ended = { at, act };
    } else if (act.type === 'plan-grant') {
      if (ended || (decided && !decided.decision.accepted)) verdict = 'plan-closed';
    }
    verdicts.set(act.id, verdict);
  }
  const decision = decided?.decision ?? null;
  const end = ended;
  const decidedAt = decided?.at ?? -1;
  outcome.decision = decision;
  outcome.ended = end?.act.id ?? null;
  outcome.status = end ? 'ended' : decision ? (decision.accepted ? 'accepted' : 'rejected') : 'open';

  // Votes that a decision did not count never count: written after it, or not in its past.
  const counted = new Set(decided ? countable(decided.act, votes, inCircle).map((vote) => vote.act.id) : []);
  for (const vote of votes) {
    if (decision && !counted.has(vote.act.id)) verdicts.set(vote.act.id, 'plan-closed');
  }
  outcome.votes = latestVotes(votes.filter((vote) => !decision || counted.has(vote.act.id)));

  // Pledges dated after the plan was rejected or ended do not count; grants until then.
  const rejectedAt = decided && !decided.decision.accepted ? decided.act.time : Number.POSITIVE_INFINITY;
  const cutoff = Math.min(rejectedAt, end ? end.act.time : Number.POSITIVE_INFINITY);
  const given = new Map<MemberKey, number>();
  for (const pledge of pledges) {
    const counts = pledge.time <= cutoff;
    verdicts.set(pledge.id, counts ? null : 'plan-closed');
    if (!counts) continue;
    given.set(pledge.member, (given.get(pledge.member) ?? 0) + pledge.minutes);
    outcome.pledged += pledge.minutes;
  }
  for (const act of acts) {
    if (act.type === 'plan-grant' && verdicts.get(act.id) === null)
      outcome.granted += body<{ minutes: number }>(act).minutes;
  }

  // Payments, in order: only by a guide, after an accepted close and before the end, each
  // against what came in minus the payments before it.
  const inAll = outcome.pledged + outcome.granted;
  for (const [at, act] of acts.entries()) {
    if (act.type !== 'plan-pay') continue;
    const pay = body<{ to: Uint8Array; minutes: number; what: string }>(act);
    const to = toBase64Url(pay.to);
    let verdict: Rejection | null = null;
    if (!guide(act.author)) verdict = 'not-party';
    else if (!isMember(state, to)) verdict = 'unknown-member';
    else if (end && at > end.at) verdict = 'plan-closed';
    else if (!decision || at < decidedAt) verdict = 'too-early';
    else if (!decision.accepted) verdict = 'plan-closed';
    else if (outcome.paid + pay.minutes > inAll) verdict = 'over-plan';
    verdicts.set(act.id, verdict);
    if (verdict) continue;
    outcome.paid += pay.minutes;
    outcome.in.set(to, (outcome.in.get(to) ?? 0) + pay.minutes);
    outcome.payments.push({ id: act.id, to, minutes: pay.minutes, what: pay.what, time: act.time });
  }

  // What goes back: everything when rejected; what is left, by share, when ended.
  let returnedToPot = 0;
  const back = new Map<MemberKey, number>();
  if (outcome.status === 'rejected' || (outcome.status === 'ended' && inAll > 0)) {
    const left = inAll - outcome.paid;
    let returned = 0;
    for (const [member, minutes] of given) {
      const share = outcome.status === 'rejected' ? minutes : Math.floor((left * minutes) / inAll);
      back.set(member, share);
      returned += share;
    }
    returnedToPot = left - returned;
  }
  for (const [member, minutes] of given) {
    const kept = minutes - (back.get(member) ?? 0);
    if (kept !== 0) outcome.out.set(member, kept);
  }
  outcome.potOut = outcome.granted - returnedToPot;
  outcome.account = inAll - outcome.paid - returnedToPot - [...back.values()].reduce((a, b) => a + b, 0);
  return outcome;
}

/** The votes a close may count: in its causal past, by a member allowed to vote at the close. */
function countable(close: PlanAct, votes: readonly Voted[], inCircle: (m: MemberKey) => boolean): Voted[] {
  const allowed = new Set(close.voters.filter(inCircle));
  return votes.filter((vote) => close.pastVotes.includes(vote.act.id) && allowed.has(vote.act.author));
}

/** The close's count: each allowed member's latest vote in its causal past, dated by voteEnd. */
function count(close: PlanAct, votes: readonly Voted[], inCircle: (m: MemberKey) => boolean): PlanDecision {
  const allowed = close.allowed ?? close.voters.filter(inCircle).length;
  const latest = latestVotes(countable(close, votes, inCircle));
  const cast = latest.size;
  const yes = [...latest.values()].filter(Boolean).length;
  const { voteShare, voteQuorum } = close.rule;
  const accepted = cast > 0 && yes * 100 > voteShare * cast && cast * 100 >= voteQuorum * allowed;
  return { close: close.id, accepted, yes, cast, allowed, voteShare, voteQuorum };
}

/** Each member's latest vote, by (time, id). */
function latestVotes(votes: readonly Voted[]): Map<MemberKey, boolean> {
  const latest = new Map<MemberKey, Voted>();
  for (const vote of votes) {
    const before = latest.get(vote.act.author);
    const later =
      !before || vote.act.time > before.act.time || (vote.act.time === before.act.time && vote.act.id > before.act.id);
    if (later) latest.set(vote.act.author, vote);
  }
  const sorted = [...latest.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  return new Map(sorted.map(([member, vote]) => [member, vote.yes]));
}
