// Anonymous figures for funders and the neighbourhood (PRODUCT.md principle 8: aggregate
// anonymous figures only, never a per-person figure). In a neighbourhood, "2 people joined
// in March" or "1 exchange of 3 hours in oppassen" points at someone, so:
//
//  1. Any count under 5 is shown as "< 5" (`few`), zero included.
//  2. Hours are shown only next to a count of exchanges that is shown.
//  3. Nothing that is shown may give a hidden small count back by subtraction:
//     - the categories of a month add up to its exchanges: if what the hidden categories
//       add up to (exchanges minus the shown ones) is 1 to 4, the smallest shown category
//       is hidden too (`hidden`), until it is 0 or at least 5;
//     - a part shown next to its whole (new and active members next to members, members
//       who both gave and received next to both) must differ from it by 0 or at least 5;
//     - the member count grows month by month: a month's count is shown only if it differs
//       from the last one shown by 0 or at least 5, else the change would give the
//       month's few newcomers (or departures) away.
//  4. Two reports a day apart must not give one exchange away by their difference (THREATS.md,
//     "a funder comparing reports"), so:
//     - only closed months are shown: a month closes `closingDays` after it ends, when the
//       entries carried late by a partition have mostly arrived. The running month never
//       appears, so an exchange made today changes no report until its month is counted;
//     - a shown count is rounded to a multiple of 5 and shown hours to a multiple of 5 hours,
//       so an entry that still arrives late in a closed month changes nothing shown, or a
//       figure by 5 at once, never by the one exchange it is;
//     - the columns of categories are the network's own list (its settings) and `other`,
//       always all of them: a kind of help's first exchange must not add a column, which
//       would say that 1 to 4 of them happened in the month that just closed. An exchange
//       in a category that is not on the list counts under `other`.
import { amsterdamMonth } from '../time/amsterdam.ts';
import { type MonthCounts, monthlyCounts, otherCategory } from './monthlyFigures.ts';
import type { NetworkState } from './NetworkState.ts';
import { type ReportStory, reportStories } from './storyReport.ts';
import { reportSurveys, type SurveyResult } from './surveyResults.ts';

/** Counts below this are never shown; shown counts are rounded to a multiple of it. */
export const smallCount = 5;

/** A month is shown once it ended this many days ago (rule 4). */
export const closingDays = 7;

/** Shown hours are rounded to a multiple of this many minutes (rule 4): 5 hours. */
export const hoursStep = 5 * 60;

export type Figure =
  | { kind: 'count'; value: number }
  /** Under 5: shown as "< 5". */
  | { kind: 'few' }
  /** 5 or more, but hidden because it would give a small count away. */
  | { kind: 'hidden' };

export type Hours = { kind: 'minutes'; value: number } | { kind: 'hidden' };

export interface CategoryFigures {
  category: string;
  exchanges: Figure;
  hours: Hours;
}

export interface MonthFigures {
  /** 'YYYY-MM', a calendar month in Europe/Amsterdam; always a closed one. */
  month: string;
  members: Figure;
  newMembers: Figure;
  activeMembers: Figure;
  exchanges: Figure;
  hours: Hours;
  /** Members who both gave and received hours that month: helpers who are also helped. */
  reciprocal: Figure;
  /** The report's columns (`reportColumns`), all of them, in the same order each month. */
  categories: CategoryFigures[];
}

export interface Report {
  network: string;
  /** When it was made. */
  made: number;
  months: MonthFigures[];
  /** Stories everyone in them said may go in (together §4; storyReport.ts), oldest first. */
  stories: ReportStory[];
  /** Look backs that closed, with their counts per answer (together §6; surveyResults.ts), newest first. */
  surveys: SurveyResult[];
}

export function networkReport(state: NetworkState, now: number): Report {
  const closed = monthlyCounts(state, now).filter((month) => isClosed(month.month, now));
  const categories = state.network?.categories ?? [];
  return {
    network: state.network?.name ?? '',
    made: now,
    months: shownFigures(closed, categories).map(rounded),
    stories: reportStories(state),
    surveys: reportSurveys(state, now),
  };
}

/** Rule 4: the network's own categories, in its order, then `other`; never what exchanges had. */
export function reportColumns(networkCategories: readonly string[]): string[] {
  return [...new Set([...networkCategories, otherCategory])];
}

/** Rule 4: the month ended more than `closingDays` ago (in Amsterdam). */
export function isClosed(month: string, now: number): boolean {
  return month < amsterdamMonth(now - closingDays * 24 * 60 * 60 * 1000);
}

/**
 * The exact counts, with rules 1–3 applied: what may be shown, before rounding. The
 * categories are `reportColumns(networkCategories)`; one not among them counts under `other`.
 */
export function shownFigures(counts: readonly MonthCounts[], networkCategories: readonly string[]): MonthFigures[] {
  const categories = reportColumns(networkCategories);
  let lastShownMembers: number | null = null;
  return counts.map((month): MonthFigures => {
    let members = figure(month.members);
    if (members.kind === 'count') {
      const step = lastShownMembers === null ? null : Math.abs(month.members - lastShownMembers);
      if (step !== null && step > 0 && step < smallCount) members = { kind: 'hidden' };
      else lastShownMembers = month.members;
    }
    const activeMembers = part(figure(month.activeMembers), [members]);
    const exchanges = figure(month.exchanges);
    return {
      month: month.month,
      members,
      newMembers: part(figure(month.newMembers), [members]),
      activeMembers,
      exchanges,
      hours: hoursNextTo(exchanges, month.minutes),
      reciprocal: part(figure(month.reciprocal), [activeMembers, members]),
      categories: categoryFigures(
        { ...month, categories: inColumns(month.categories, categories) },
        categories,
        exchanges,
      ),
    };
  });
}

/** Rule 4: every shown count to the nearest multiple of 5 (never under 5), hours to 5 hours. */
export function rounded(month: MonthFigures): MonthFigures {
  return {
    ...month,
    members: roundedCount(month.members),
    newMembers: roundedCount(month.newMembers),
    activeMembers: roundedCount(month.activeMembers),
    exchanges: roundedCount(month.exchanges),
    hours: roundedHours(month.hours),
    reciprocal: roundedCount(month.reciprocal),
    categories: month.categories.map((c) => ({
      category: c.category,
      exchanges: roundedCount(c.exchanges),
      hours: roundedHours(c.hours),
    })),
  };
}

function roundedCount(shown: Figure): Figure {
  if (shown.kind !== 'count') return shown;
  return { kind: 'count', value: Math.max(smallCount, Math.round(shown.value / smallCount) * smallCount) };
}

function roundedHours(shown: Hours): Hours {
  return shown.kind === 'minutes' ? { kind: 'minutes', value: Math.round(shown.value / hoursStep) * hoursStep } : shown;
}

/** Rule 1. */
export function figure(count: number): Figure {
  return count < smallCount ? { kind: 'few' } : { kind: 'count', value: count };
}

/** Rule 3, a part next to its wholes: hidden when a shown whole gives it away. */
function part(shown: Figure, wholes: Figure[]): Figure {
  if (shown.kind !== 'count') return shown;
  for (const whole of wholes) {
    const gap = whole.kind === 'count' ? whole.value - shown.value : 0;
    if (gap > 0 && gap < smallCount) return { kind: 'hidden' };
  }
  return shown;
}

/** Rule 2. */
function hoursNextTo(exchanges: Figure, minutes: number): Hours {
  return exchanges.kind === 'count' ? { kind: 'minutes', value: minutes } : { kind: 'hidden' };
}

type CategoryCounts = MonthCounts['categories'];

/** A month's counts per category, with every category that is not a column added to `other`. */
function inColumns(counts: CategoryCounts, columns: readonly string[]): CategoryCounts {
  const known = new Set(columns);
  const folded: CategoryCounts = new Map();
  for (const [category, { exchanges, minutes }] of counts) {
    const column = known.has(category) ? category : otherCategory;
    const sum = folded.get(column) ?? { exchanges: 0, minutes: 0 };
    folded.set(column, { exchanges: sum.exchanges + exchanges, minutes: sum.minutes + minutes });
  }
  return folded;
}

/** Rules 1–3 for one month's categories. */
function categoryFigures(month: MonthCounts, categories: readonly string[], total: Figure): CategoryFigures[] {
  const exact = categories.map((category) => ({
    category,
    ...(month.categories.get(category) ?? { exchanges: 0, minutes: 0 }),
  }));
  const shown = new Set(exact.filter((c) => c.exchanges >= smallCount).map((c) => c.category));
  if (total.kind === 'count') {
    // What the hidden categories add up to must not be a small count.
    const remainder = () =>
      month.exchanges - exact.reduce((sum, c) => sum + (shown.has(c.category) ? c.exchanges : 0), 0);
    while (remainder() > 0 && remainder() < smallCount) {
      const smallest = exact
        .filter((c) => shown.has(c.category))
        .sort((a, b) => a.exchanges - b.exchanges || (a.category < b.category ? -1 : 1))[0];
      if (!smallest) break;
      shown.delete(smallest.category);
    }
  }
  return exact.map(({ category, exchanges, minutes }) => {
    const count: Figure = shown.has(category)
      ? { kind: 'count', value: exchanges }
      : exchanges < smallCount
        ? { kind: 'few' }
        : { kind: 'hidden' };
    return { category, exchanges: count, hours: hoursNextTo(count, minutes) };
  });
}
