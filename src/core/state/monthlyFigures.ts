// What the network did, month by month, counted exactly. These counts are never shown as
// they are: report.ts hides small ones before anything leaves the coordinator's screen.
// Months are calendar months in Europe/Amsterdam (src/core/time/amsterdam.ts).
import { amsterdamMonth, monthsBetween } from '../time/amsterdam.ts';
import { movedPart, movedPartRowIds } from './groupParts.ts';
import { entryTimesByMember } from './memberActivity.ts';
import type { MemberKey, NetworkState } from './NetworkState.ts';

/** Exchanges whose post is gone or that were made without a post. */
export const otherCategory = 'other';

export interface MonthCounts {
  /** 'YYYY-MM'. */
  month: string;
  /** Members at the end of the month: admitted by then and not suspended then. */
  members: number;
  /** Members admitted (or enrolled) in the month. */
  newMembers: number;
  /** Members who wrote at least one entry that counted in the month. */
  activeMembers: number;
  /** Transfers of hours in the month (reversed ones left out) and moved parts of group records. */
  exchanges: number;
  minutes: number;
  /** Per category of the exchange's post; `other` without one. */
  categories: Map<string, { exchanges: number; minutes: number }>;
  /** Members who both gave and received hours in the month. */
  reciprocal: number;
}

/** From the network's first month to the month of `now`. Kiosks are not counted as people. */
export function monthlyCounts(state: NetworkState, now: number): MonthCounts[] {
  const founder = state.founder === null ? undefined : state.members.get(state.founder);
  if (founder?.admittedAt == null) return [];
  const months = monthsBetween(amsterdamMonth(founder.admittedAt), amsterdamMonth(now));
  const byMonth = new Map<string, MonthCounts>(months.map((month) => [month, emptyMonth(month)]));
  const people = [...state.members.values()].filter((m) => !m.roles.has('kiosk'));

  // Who was a member at each month's end: admitted by then, and not suspended then.
  const standing = suspensionHistory(state);
  for (const member of people) {
    if (member.admittedAt === null) continue;
    const admitted = amsterdamMonth(member.admittedAt);
    const admittedIn = byMonth.get(admitted);
    if (admittedIn) admittedIn.newMembers++;
    const changes = standing.get(member.key) ?? [];
    for (const counts of byMonth.values()) {
      if (counts.month < admitted) continue;
      let suspended = false;
      for (const change of changes) if (change.month <= counts.month) suspended = change.suspended;
      if (!suspended) counts.members++;
    }
  }

  const entryTimes = entryTimesByMember(state);
  for (const member of people) {
    const active = new Set((entryTimes.get(member.key) ?? []).map(amsterdamMonth));
    for (const month of active) {
      const counts = byMonth.get(month);
      if (counts) counts.activeMembers++;
    }
  }

  const gave = new Map<string, Set<MemberKey>>();
  const got = new Map<string, Set<MemberKey>>();
  for (const transfer of exchangesOf(state)) {
    const month = amsterdamMonth(transfer.time);
    const counts = byMonth.get(month);
    if (!counts) continue;
    counts.exchanges++;
    counts.minutes += transfer.minutes;
    const category = (transfer.post === null ? undefined : state.posts.get(transfer.post)?.category) ?? otherCategory;
    const perCategory = counts.categories.get(category) ?? { exchanges: 0, minutes: 0 };
    perCategory.exchanges++;
    perCategory.minutes += transfer.minutes;
    counts.categories.set(category, perCategory);
    // The helper is paid: `to` gave help, `from` received it.
    addTo(gave, month, transfer.to);
    addTo(got, month, transfer.from);
  }
  for (const counts of byMonth.values()) {
    const received = got.get(counts.month);
    for (const member of gave.get(counts.month) ?? []) if (received?.has(member)) counts.reciprocal++;
  }
  return months.map((month) => byMonth.get(month) as MonthCounts);
}

/**
 * Every movement of hours between two members: transfers not reversed, and the moved parts
 * of group records (together §8: a part is an exchange like any other), dated by its record.
 */
function exchangesOf(
  state: NetworkState,
): { time: number; minutes: number; post: string | null; from: MemberKey; to: MemberKey }[] {
  const found = [...state.transfers.values()].filter((transfer) => !state.reversals.has(transfer.id));
  return [...found, ...movedPartRowIds(state).flatMap((row) => movedPart(state, row) ?? [])];
}

function emptyMonth(month: string): MonthCounts {
  return {
    month,
    members: 0,
    newMembers: 0,
    activeMembers: 0,
    exchanges: 0,
    minutes: 0,
    categories: new Map(),
    reciprocal: 0,
  };
}

/** Suspensions and reinstatements per member, in the order they were judged, with their month. */
function suspensionHistory(state: NetworkState): Map<MemberKey, { month: string; suspended: boolean }[]> {
  const history = new Map<MemberKey, { month: string; suspended: boolean }[]>();
  for (const act of state.acts) {
    if ((act.type !== 'suspend' && act.type !== 'reinstate') || act.about === null) continue;
    const list = history.get(act.about) ?? [];
    list.push({ month: amsterdamMonth(act.time), suspended: act.type === 'suspend' });
    history.set(act.about, list);
  }
  // Within a month the later act decides; acts are judged in causal order, months sort as text.
  for (const list of history.values()) list.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  return history;
}

function addTo(sets: Map<string, Set<MemberKey>>, month: string, member: MemberKey): void {
  const set = sets.get(month) ?? new Set<MemberKey>();
  set.add(member);
  sets.set(month, set);
}
