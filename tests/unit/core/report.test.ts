// Anonymous figures for funders: right where they may be shown, hidden where they are
// small or would give a small count away.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/core/csv/parseCsv.ts';
import type { Identity } from '../../../src/core/Identity.ts';
import { type MonthCounts, monthlyCounts } from '../../../src/core/state/monthlyFigures.ts';
import {
  type Figure,
  type Hours,
  hoursStep,
  isClosed,
  networkReport,
  type Report,
  rounded,
  shownFigures,
  smallCount,
} from '../../../src/core/state/report.ts';
import { reportCsv } from '../../../src/core/state/reportCsv.ts';
import { amsterdamDateTime, amsterdamMonth, monthsBetween } from '../../../src/core/time/amsterdam.ts';
import { keyOf, TestNetwork } from './TestNetwork.ts';

/** Signing real histories is slow on a loaded machine. */
const slow = { timeout: 60_000 };

const count = (value: number): Figure => ({ kind: 'count', value });
const few: Figure = { kind: 'few' };
const hidden: Figure = { kind: 'hidden' };

/**
 * Four months of a small network (the clock starts on 5 January 2026):
 * - January: the founder and six neighbours (and the buurthuis kiosk, not a person).
 *   Nine exchanges: six for Anna's groceries, two in Bram's garden, one without a post.
 * - February: five newcomers; five odd jobs for Bea, five garden hours with Bram.
 * - March: two newcomers, nothing else.
 * - April: four newcomers; Fleur is suspended.
 */
function scriptedHistory() {
  const network = new TestNetwork();
  const at = (month: number, date: number) => {
    network.clock = Math.max(network.clock, Date.UTC(2026, month, date, 10));
  };
  at(0, 10);
  const [anna, bram, cor, dewi, eef, fleur] = ['Anna', 'Bram', 'Cor', 'Dewi', 'Eef', 'Fleur'].map((name) =>
    network.member(name),
  ) as [Identity, Identity, Identity, Identity, Identity, Identity];
  network.grant(network.member('Kiosk buurthuis'), 'kiosk');
  const groceries = network.post(anna, { category: 'boodschappen' });
  const garden = network.post(bram, { kind: 'offer', category: 'tuin', title: 'Ik help in de tuin' });
  at(0, 20);
  for (const helper of [cor, dewi, eef, cor, dewi, eef]) pay(network, anna, helper, 60, groceries.id);
  pay(network, fleur, bram, 30, garden.id);
  pay(network, fleur, bram, 30, garden.id);
  network.transfer(cor, dewi, 45);

  at(1, 3);
  const [bea, ben, bo, bas, bob] = ['Bea', 'Ben', 'Bo', 'Bas', 'Bob'].map((name) => network.member(name)) as [
    Identity,
    Identity,
    Identity,
    Identity,
    Identity,
  ];
  const jobs = network.post(bea, { category: 'klussen', title: 'Wie hangt mijn lampen op?' });
  at(1, 14);
  for (const helper of [ben, bo, bas, bob, anna]) pay(network, bea, helper, 60, jobs.id);
  for (const payer of [ben, bo, bas, bob, cor]) pay(network, payer, bram, 30, garden.id);

  at(2, 9);
  network.member('Carla');
  network.member('Chris');

  at(3, 2);
  for (const name of ['Dina', 'Daan', 'Doris', 'Dirk']) network.member(name);
  network.suspend(fleur);
  return { network, fleur };
}

/** 10 May 2026: January to April are closed, May is running. */
const allClosed = Date.UTC(2026, 4, 10, 12);

function pay(network: TestNetwork, payer: Identity, to: Identity, minutes: number, post: Uint8Array) {
  return network.write(payer, 'transfer', {
    to: to.signing.publicKey,
    minutes,
    what: 'Geholpen',
    post,
    proposal: null,
  });
}

describe('the report', slow, () => {
  it('counts each month exactly before anything is hidden', async () => {
    const { network } = scriptedHistory();
    const counts = monthlyCounts(await network.state(), network.clock);
    expect(
      counts.map((m) => [m.month, m.members, m.newMembers, m.activeMembers, m.exchanges, m.minutes, m.reciprocal]),
    ).toEqual([
      // Founder + 6; all wrote (genesis, joins). Helpers Cor, Dewi, Eef, Bram; helped Anna,
      // Fleur, Cor: only Cor both helped and was helped.
      ['2026-01', 7, 7, 7, 9, 6 * 60 + 2 * 30 + 45, 1],
      // Writers: the founder (admissions), the five newcomers, Cor (a payment).
      ['2026-02', 12, 5, 7, 10, 5 * 60 + 5 * 30, 4],
      ['2026-03', 14, 2, 3, 0, 0, 0],
      // Four newcomers, Fleur suspended.
      ['2026-04', 17, 4, 5, 0, 0, 0],
    ]);
    expect(Object.fromEntries(counts[0]?.categories ?? [])).toEqual({
      boodschappen: { exchanges: 6, minutes: 360 },
      tuin: { exchanges: 2, minutes: 60 },
      other: { exchanges: 1, minutes: 45 },
    });
  });

  it('shows what is safe to show, rounded to 5, and "< 5" or nothing for the rest', async () => {
    const { network } = scriptedHistory();
    const report = networkReport(await network.state(), allClosed);
    expect(report.network).toBe('Buurtruil Oosterpark');
    const [january, february, march, april] = report.months;
    // 7 members show as 5, 9 exchanges as 10, 7.75 hours as 10.
    expect(january).toMatchObject({
      month: '2026-01',
      members: count(5),
      newMembers: count(5),
      activeMembers: count(5),
      exchanges: count(10),
      hours: { kind: 'minutes', value: 600 },
      reciprocal: few,
    });
    // Six for groceries would leave 9 - 6 = 3 for the other categories: hidden too.
    expect(january?.categories).toEqual([
      { category: 'boodschappen', exchanges: hidden, hours: { kind: 'hidden' } },
      { category: 'klussen', exchanges: few, hours: { kind: 'hidden' } },
      { category: 'tuin', exchanges: few, hours: { kind: 'hidden' } },
      { category: 'vervoer', exchanges: few, hours: { kind: 'hidden' } },
      { category: 'bezoek', exchanges: few, hours: { kind: 'hidden' } },
      { category: 'other', exchanges: few, hours: { kind: 'hidden' } },
    ]);
    expect(february).toMatchObject({
      members: count(10),
      newMembers: count(5),
      activeMembers: count(5),
      exchanges: count(10),
      hours: { kind: 'minutes', value: 600 },
      reciprocal: few,
    });
    expect(february?.categories).toEqual([
      { category: 'boodschappen', exchanges: few, hours: { kind: 'hidden' } },
      { category: 'klussen', exchanges: count(5), hours: { kind: 'minutes', value: 300 } },
      { category: 'tuin', exchanges: count(5), hours: { kind: 'minutes', value: 300 } },
      { category: 'vervoer', exchanges: few, hours: { kind: 'hidden' } },
      { category: 'bezoek', exchanges: few, hours: { kind: 'hidden' } },
      { category: 'other', exchanges: few, hours: { kind: 'hidden' } },
    ]);
    // 14 members after 12 would tell that two joined: hidden.
    expect(march).toMatchObject({
      members: hidden,
      newMembers: few,
      activeMembers: few,
      exchanges: few,
      hours: { kind: 'hidden' },
    });
    // 17 is five more than the last shown (12): shown, as 15.
    expect(april).toMatchObject({ members: count(15), newMembers: few, activeMembers: count(5) });
  });

  it('has no per-person figure: no key, no name', async () => {
    const { network, fleur } = scriptedHistory();
    const state = await network.state();
    const text = JSON.stringify(networkReport(state, allClosed)) + reportCsv(networkReport(state, allClosed));
    for (const member of state.members.keys()) expect(text).not.toContain(member);
    for (const name of ['Anna', 'Fleur', 'Bea', 'Kiosk']) expect(text).not.toContain(name);
    expect(text).not.toContain(keyOf(fleur));
  });

  it('renders as CSV with a header row, "< 5" for small counts, hours with a decimal comma', async () => {
    const { network } = scriptedHistory();
    const csv = reportCsv(networkReport(await network.state(), allClosed));
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error(parsed.problem);
    const [header, january, february, march] = parsed.rows.map((row) => row.fields);
    expect(header).toEqual([
      'maand',
      'leden',
      'nieuwe leden',
      'actieve leden',
      'keer geholpen',
      'uren',
      'leden die gaven en ontvingen',
      'boodschappen: keer geholpen',
      'boodschappen: uren',
      'klussen: keer geholpen',
      'klussen: uren',
      'tuin: keer geholpen',
      'tuin: uren',
      'vervoer: keer geholpen',
      'vervoer: uren',
      'bezoek: keer geholpen',
      'bezoek: uren',
      'overig: keer geholpen',
      'overig: uren',
    ]);
    expect(january).toEqual([
      '2026-01',
      '5',
      '5',
      '5',
      '10',
      '10',
      '< 5',
      'verborgen',
      'verborgen',
      '< 5',
      'verborgen',
      '< 5',
      'verborgen',
      '< 5',
      'verborgen',
      '< 5',
      'verborgen',
      '< 5',
      'verborgen',
    ]);
    expect(february?.slice(4, 7)).toEqual(['10', '10', '< 5']);
    expect(march?.slice(1, 3)).toEqual(['verborgen', '< 5']);
    expect(parsed.rows).toHaveLength(5);
  });
});

/**
 * What the difference between two reports gives away: every figure shown as a number in
 * both that changed by less than 5 (hours: by less than 5 hours), and every month in one
 * and not in the other (a month's first appearance aside: it only closed).
 */
function revealed(before: Report, after: Report): string[] {
  const found: string[] = [];
  const countGap = (where: string, a: Figure, b: Figure) => {
    if (a.kind === 'count' && b.kind === 'count' && a.value !== b.value && Math.abs(a.value - b.value) < smallCount)
      found.push(`${where}: ${a.value} -> ${b.value}`);
  };
  const hoursGap = (where: string, a: Hours, b: Hours) => {
    if (a.kind === 'minutes' && b.kind === 'minutes' && a.value !== b.value && Math.abs(a.value - b.value) < hoursStep)
      found.push(`${where}: ${a.value} min -> ${b.value} min`);
  };
  for (const month of after.months) {
    const earlier = before.months.find((m) => m.month === month.month);
    if (!earlier) continue;
    const fields = ['members', 'newMembers', 'activeMembers', 'exchanges', 'reciprocal'] as const;
    for (const field of fields) countGap(`${month.month} ${field}`, earlier[field], month[field]);
    hoursGap(`${month.month} hours`, earlier.hours, month.hours);
    for (const c of month.categories) {
      const old = earlier.categories.find((e) => e.category === c.category);
      if (!old) continue;
      countGap(`${month.month} ${c.category}`, old.exchanges, c.exchanges);
      hoursGap(`${month.month} ${c.category} hours`, old.hours, c.hours);
    }
  }
  return found;
}

describe('two reports a day apart', slow, () => {
  const day = 24 * 60 * 60 * 1000;

  /** The scripted history and six exchanges of an hour in April's garden: April's figures are shown (not small). */
  function busyApril() {
    const { network } = scriptedHistory();
    network.clock = Date.UTC(2026, 3, 10, 10);
    const payers = ['Gijs', 'Hanna', 'Ivo', 'Jet', 'Kees', 'Lot'].map((name) => network.member(name));
    const helper = network.member('Mo');
    const garden = network.post(helper, { kind: 'offer', category: 'tuin', title: 'Ik maai je gras' });
    for (const payer of payers) pay(network, payer, helper, 60, garden.id);
    return { network, payers, helper, garden };
  }

  it('say nothing of an exchange in the running month: the month is not in either', async () => {
    const { network, payers, helper, garden } = busyApril();
    const first = Date.UTC(2026, 3, 20, 9);
    const before = networkReport(await network.state(), first);
    network.clock = first + 60_000;
    pay(network, payers[0] as Identity, helper, 180, garden.id);
    const after = networkReport(await network.state(), first + day);
    expect(before.months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(after.months).toEqual(before.months);
    expect(revealed(before, after)).toEqual([]);
  });

  it('say nothing below 5 of one late exchange in a month that has just closed', async () => {
    const { network, payers, helper, garden } = busyApril();
    // Written on 28 April during a partition; it arrives after the report of 9 May.
    network.clock = Date.UTC(2026, 3, 28, 10);
    const late = pay(network, payers[1] as Identity, helper, 180, garden.id);
    const first = Date.UTC(2026, 4, 9, 9);
    expect(isClosed('2026-04', first)).toBe(true);
    const before = networkReport(await network.state(network.entries.filter((e) => e !== late)), first);
    const after = networkReport(await network.state(), first + day);
    expect(before.months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(revealed(before, after)).toEqual([]);
    // April's exchanges are shown (7 as 5), and the late one did not change them.
    expect(after.months[3]?.exchanges).toEqual(count(5));
  });

  it('differ, for any closed counts and one late exchange, by 0 or by at least 5 in every figure', () => {
    const month = fc.record({
      members: fc.integer({ min: 1, max: 60 }),
      active: fc.nat(60),
      categories: fc.array(fc.nat(12), { minLength: 1, maxLength: 4 }),
      minutes: fc.array(fc.integer({ min: 15, max: 300 }), { minLength: 4, maxLength: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(month, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.integer({ min: 15, max: 600 }),
        fc.boolean(),
        (months, where, minutes, newlyActive) => {
          const counts = months.map((m, i): MonthCounts => {
            const perCategory = m.categories.map(
              (n, c) => [`c${c}`, { exchanges: n, minutes: n * (m.minutes[c] ?? 60) }] as const,
            );
            const exchanges = m.categories.reduce((sum, n) => sum + n, 0);
            const active = Math.min(m.active, m.members);
            return {
              month: `2026-${String(i + 1).padStart(2, '0')}`,
              members: m.members,
              newMembers: 0,
              activeMembers: active,
              exchanges,
              minutes: perCategory.reduce((sum, [, c]) => sum + c.minutes, 0),
              categories: new Map(perCategory.map(([name, c]) => [name, { ...c }])),
              reciprocal: 0,
            };
          });
          // One late exchange in one month and category; its payer may be newly active there.
          const lateIn = where % counts.length;
          const later = counts.map((m, i) => {
            if (i !== lateIn) return m;
            const category = `c${where % m.categories.size}`;
            const old = m.categories.get(category) ?? { exchanges: 0, minutes: 0 };
            const categories = new Map(m.categories);
            categories.set(category, { exchanges: old.exchanges + 1, minutes: old.minutes + minutes });
            const active = Math.min(m.members, m.activeMembers + (newlyActive ? 1 : 0));
            return {
              ...m,
              exchanges: m.exchanges + 1,
              minutes: m.minutes + minutes,
              categories,
              activeMembers: active,
            };
          });
          const columns = ['c0', 'c1', 'c2', 'c3'];
          const report = (c: MonthCounts[]): Report => ({
            network: '',
            made: 0,
            stories: [],
            surveys: [],
            months: shownFigures(c, columns).map(rounded),
          });
          expect(revealed(report(counts), report(later))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('closed months', () => {
  it('close a week after they end, in Amsterdam', () => {
    // March ends at 23:00 UTC on 31 March (CEST starts on 29 March); it closes 7 days later.
    expect(isClosed('2026-03', Date.UTC(2026, 3, 7, 21, 59))).toBe(false);
    expect(isClosed('2026-03', Date.UTC(2026, 3, 7, 22, 1))).toBe(true);
    expect(isClosed('2026-04', Date.UTC(2026, 3, 30))).toBe(false);
  });
});

describe('what is hidden, for any counts', () => {
  const month = fc.record({
    members: fc.nat(60),
    newMembers: fc.nat(12),
    activeMembers: fc.nat(60),
    reciprocal: fc.nat(20),
    categories: fc.array(fc.nat(12), { minLength: 1, maxLength: 4 }),
  });

  it('never shows a count under 5, nor one that subtraction would turn into one', () => {
    fc.assert(
      fc.property(fc.array(month, { minLength: 1, maxLength: 8 }), (months) => {
        const counts: MonthCounts[] = months.map((m, i) => {
          const exchanges = m.categories.reduce((sum, n) => sum + n, 0);
          return {
            month: `2026-${String(i + 1).padStart(2, '0')}`,
            members: m.members,
            newMembers: Math.min(m.newMembers, m.members),
            activeMembers: Math.min(m.activeMembers, m.members),
            exchanges,
            minutes: exchanges * 60,
            categories: new Map(m.categories.map((n, c) => [`c${c}`, { exchanges: n, minutes: n * 60 }])),
            reciprocal: Math.min(m.reciprocal, m.activeMembers, m.members),
          };
        });
        // c3, when there is one, is not on the network's list: it counts under `other`.
        const shown = shownFigures(counts, ['c0', 'c1', 'c2']);
        const value = (figure: Figure) => (figure.kind === 'count' ? figure.value : null);
        let lastMembers: number | null = null;
        shown.forEach((figures, i) => {
          const exact = counts[i] as MonthCounts;
          const all = [
            figures.members,
            figures.newMembers,
            figures.activeMembers,
            figures.exchanges,
            figures.reciprocal,
          ];
          for (const figure of [...all, ...figures.categories.map((c) => c.exchanges)]) {
            if (figure.kind === 'count') expect(figure.value).toBeGreaterThanOrEqual(smallCount);
          }
          // What the hidden categories add up to is no small count.
          if (figures.exchanges.kind === 'count') {
            const rest = exact.exchanges - figures.categories.reduce((sum, c) => sum + (value(c.exchanges) ?? 0), 0);
            expect(rest === 0 || rest >= smallCount).toBe(true);
          }
          // Nor the gap between a shown part and its shown whole.
          for (const [part, whole] of [
            [figures.newMembers, figures.members],
            [figures.activeMembers, figures.members],
            [figures.reciprocal, figures.activeMembers],
            [figures.reciprocal, figures.members],
          ] as const) {
            const gap = (value(whole) ?? 0) - (value(part) ?? 0);
            if (value(whole) !== null && value(part) !== null) expect(gap === 0 || gap >= smallCount).toBe(true);
          }
          // Nor the change in the member count from one shown month to the next.
          const members = value(figures.members);
          if (members !== null) {
            if (lastMembers !== null)
              expect(members === lastMembers || Math.abs(members - lastMembers) >= smallCount).toBe(true);
            lastMembers = members;
          }
          // Hours only next to a shown count.
          if (figures.hours.kind === 'minutes') expect(figures.exchanges.kind).toBe('count');
        });
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});

describe('months in Amsterdam', () => {
  it('put a moment in the calendar month it has in Amsterdam, summer time included', () => {
    // 22:30 UTC on 31 March 2026 is 00:30 on 1 April in Amsterdam (CEST, UTC+2).
    expect(amsterdamMonth(Date.UTC(2026, 2, 31, 22, 30))).toBe('2026-04');
    expect(amsterdamMonth(Date.UTC(2026, 2, 31, 21, 59))).toBe('2026-03');
    // 23:30 UTC on 31 January is 00:30 on 1 February (CET, UTC+1).
    expect(amsterdamDateTime(Date.UTC(2026, 0, 31, 23, 30))).toBe('2026-02-01 00:30');
  });

  it('run from one month to another, over the turn of the year', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03', '2026-03')).toEqual(['2026-03']);
  });
});
