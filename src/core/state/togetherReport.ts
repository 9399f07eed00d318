// What the together pages add to the report for funders (docs/protocol-together.md §8):
// activities held, the people who took part and the hours organisers earned; plans accepted
// and rejected and the hours paid from them; a plan's title only when enough members are in
// it. The report's rules hold (protocol.md §5.1, report.ts): closed months only, counts under
// 5 hidden, shown counts and hours rounded to 5, and never a figure about one person: hours
// show only when at least 5 people earned them, so no sum is one organiser's or one helper's.
// (Parts of group records count as exchanges in the report's own figures: monthlyFigures.ts.)
import { amsterdamMonth, monthsBetween } from '../time/amsterdam.ts';
import { cancellationOf } from './activities.ts';
import type { EntryIdText, MemberKey, NetworkState } from './NetworkState.ts';
import type { Plan } from './plans.ts';
import { type Figure, figure, type Hours, hoursStep, isClosed, smallCount } from './report.ts';

/** One month's together figures, counted exactly: never shown as they are. */
export interface TogetherCounts {
  /** 'YYYY-MM' (Europe/Amsterdam). */
  month: string;
  /** Activities not cancelled whose `ends` lies in the month. */
  held: number;
  /** Distinct members who took part in them: listed by the organiser and said they came. */
  participants: number;
  /** Distinct organisers paid for them, and what they were paid (from participants and the pot). */
  organisers: number;
  organiserMinutes: number;
  /** Plans decided by a close dated in the month. */
  accepted: number;
  rejected: number;
  /** Distinct members paid from plans by payments dated in the month, and how much. */
  planPaid: number;
  planMinutes: number;
}

/** One closed month, as shown. */
export interface TogetherMonth {
  month: string;
  held: Figure;
  participants: Figure;
  organiserHours: Hours;
  accepted: Figure;
  rejected: Figure;
  planHours: Hours;
}

/** A plan with enough members in it to name it: decided in a closed month. */
export interface NamedPlan {
  title: string;
  /** 'YYYY-MM' of the deciding close. */
  month: string;
  accepted: boolean;
  /** Members who pledged to it or were paid from it, rounded. */
  members: Figure;
  /** What it paid out; shown only when at least 5 members were paid from it. */
  paid: Hours;
}

export interface TogetherReport {
  months: TogetherMonth[];
  plans: NamedPlan[];
}

export function togetherReport(state: NetworkState, now: number): TogetherReport {
  return {
    months: togetherCounts(state, now)
      .filter((month) => isClosed(month.month, now))
      .map(shownTogether),
    plans: namedPlans(state, now),
  };
}

/**
 * Every month from the network's first to the month of `now`, oldest first, counted exactly.
 * Every month, also one with nothing in it: a month that appeared with its first activity
 * would say that 1 to 4 were held in it. What is dated outside those months is not counted.
 */
export function togetherCounts(state: NetworkState, now: number): TogetherCounts[] {
  const founder = state.founder === null ? undefined : state.members.get(state.founder);
  if (founder?.admittedAt == null) return [];
  const list = monthsBetween(amsterdamMonth(founder.admittedAt), amsterdamMonth(now));
  const months = new Map<string, TogetherCounts>(list.map((month) => [month, emptyCounts(month)]));
  const outside = emptyCounts('');
  const at = (time: number) => months.get(amsterdamMonth(time)) ?? outside;
  const participants = new Map<string, Set<MemberKey>>();
  const organisers = new Map<string, Set<MemberKey>>();
  for (const activity of state.activities.values()) {
    if (cancellationOf(state, activity)) continue;
    const counts = at(activity.ends);
    counts.held++;
    let earned = 0;
    for (const [member, payment] of activity.payments) {
      add(participants, counts.month, member);
      earned += payment.member + payment.pot;
    }
    counts.organiserMinutes += earned;
    if (earned > 0) add(organisers, counts.month, activity.organiser);
  }
  const paid = new Map<string, Set<MemberKey>>();
  for (const plan of state.plans.values()) {
    const close = decidedAt(state, plan);
    if (close !== null) {
      const counts = at(close);
      if (plan.outcome.decision?.accepted) counts.accepted++;
      else counts.rejected++;
    }
    for (const payment of plan.outcome.payments) {
      const counts = at(payment.time);
      counts.planMinutes += payment.minutes;
      add(paid, counts.month, payment.to);
    }
  }
  for (const counts of months.values()) {
    counts.participants = participants.get(counts.month)?.size ?? 0;
    counts.organisers = organisers.get(counts.month)?.size ?? 0;
    counts.planPaid = paid.get(counts.month)?.size ?? 0;
  }
  return list.map((month) => months.get(month) as TogetherCounts);
}

/** The report's rules on one month: small counts hidden, hours only beside 5 people, all rounded. */
export function shownTogether(counts: TogetherCounts): TogetherMonth {
  const participants = figure(counts.participants);
  return {
    month: counts.month,
    held: rounded(figure(counts.held)),
    participants: rounded(participants),
    organiserHours:
      participants.kind === 'count' && counts.organisers >= smallCount
        ? roundedHours(counts.organiserMinutes)
        : { kind: 'hidden' },
    accepted: rounded(figure(counts.accepted)),
    rejected: rounded(figure(counts.rejected)),
    planHours: counts.planPaid >= smallCount ? roundedHours(counts.planMinutes) : { kind: 'hidden' },
  };
}

/** Plans decided in a closed month that at least 5 members pledged to or were paid from, oldest first. */
export function namedPlans(state: NetworkState, now: number): NamedPlan[] {
  const named: (NamedPlan & { at: number; id: EntryIdText })[] = [];
  for (const plan of state.plans.values()) {
    const close = decidedAt(state, plan);
    if (close === null || !isClosed(amsterdamMonth(close), now)) continue;
    const pledgers = new Set<MemberKey>();
    for (const pledge of plan.pledges.values()) {
      if (plan.outcome.verdicts.get(pledge.id) === null) pledgers.add(pledge.member);
    }
    const payees = new Set(plan.outcome.payments.map((payment) => payment.to));
    const members = new Set([...pledgers, ...payees]);
    if (members.size < smallCount) continue;
    named.push({
      title: plan.title,
      month: amsterdamMonth(close),
      accepted: plan.outcome.decision?.accepted === true,
      members: rounded(figure(members.size)),
      paid: payees.size >= smallCount ? roundedHours(plan.outcome.paid) : { kind: 'hidden' },
      at: close,
      id: plan.id,
    });
  }
  named.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  return named.map(({ at: _at, id: _id, ...plan }) => plan);
}

/** The time of the close that decided the plan, or null while none did. */
function decidedAt(state: NetworkState, plan: Plan): number | null {
  const close = plan.outcome.decision?.close;
  if (close === undefined) return null;
  return state.planActs.get(plan.id)?.find((act) => act.id === close)?.time ?? null;
}

function rounded(shown: Figure): Figure {
  if (shown.kind !== 'count') return shown;
  return { kind: 'count', value: Math.max(smallCount, Math.round(shown.value / smallCount) * smallCount) };
}

function roundedHours(minutes: number): Hours {
  return { kind: 'minutes', value: Math.round(minutes / hoursStep) * hoursStep };
}

function emptyCounts(month: string): TogetherCounts {
  return {
    month,
    held: 0,
    participants: 0,
    organisers: 0,
    organiserMinutes: 0,
    accepted: 0,
    rejected: 0,
    planPaid: 0,
    planMinutes: 0,
  };
}

function add(sets: Map<string, Set<MemberKey>>, month: string, member: MemberKey): void {
  const set = sets.get(month) ?? new Set<MemberKey>();
  set.add(member);
  sets.set(month, set);
}
