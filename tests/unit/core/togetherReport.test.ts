// The together figures of the report for funders (docs/protocol-together.md §8): activities
// held, people who took part, organisers' hours; plans accepted and rejected and what they
// paid; a plan's title only with 5 members in it; group records' parts as exchanges. And the
// hostile side: small counts hidden, a cancelled activity not held, open months not shown.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/core/csv/parseCsv.ts';
import type { ActivityFields } from '../../../src/core/entry/bodies.ts';
import type { SignedEntry } from '../../../src/core/entry/Entry.ts';
import type { Identity } from '../../../src/core/Identity.ts';
import { monthlyCounts } from '../../../src/core/state/monthlyFigures.ts';
import type { Figure } from '../../../src/core/state/report.ts';
import { shownTogether, type TogetherCounts, togetherReport } from '../../../src/core/state/togetherReport.ts';
import { type TogetherCsvWords, togetherReportCsv } from '../../../src/core/state/togetherReportCsv.ts';
import { close, day, hour, pay, pledge, propose, vote } from './planHistories.ts';
import { TestNetwork } from './TestNetwork.ts';

const slow = { timeout: 60_000 };
const few: Figure = { kind: 'few' };
const count = (value: number): Figure => ({ kind: 'count', value });
/** 15 March 2026: January and February are closed, March is not. */
const inMarch = Date.UTC(2026, 2, 15, 12);

function neighbours(network: TestNetwork, n: number): Identity[] {
  return Array.from({ length: n }, (_, i) => network.member(`Buur ${i}`));
}

/** An activity by `organiser` that `present` took part in (listed and said they came), in January. */
function held(network: TestNetwork, organiser: Identity, present: Identity[], fields: Partial<ActivityFields> = {}) {
  const starts = network.clock + hour;
  const activity = network.write(organiser, 'activity', {
    title: 'Samen koken',
    text: '',
    category: 'bezoek',
    place: 'Buurthuis',
    starts,
    ends: starts + hour,
    seats: 0,
    worth: 60,
    pay: 'participants',
    ...fields,
  });
  network.clock = starts + 2 * hour;
  network.write(organiser, 'attendance', {
    activity: activity.id,
    present: present.map((member) => member.signing.publicKey),
  });
  for (const member of present) network.write(member, 'came', { activity: activity.id });
  return activity;
}

function months(report: ReturnType<typeof togetherReport>) {
  return new Map(report.months.map((month) => [month.month, month]));
}

/** A decided plan: `pledgers` pledge, every one votes yes, the guide closes and pays `paid`. */
function decidedPlan(network: TestNetwork, guide: Identity, pledgers: Identity[], paid: Identity[], title: string) {
  const plan = propose(network, guide, { title });
  for (const member of pledgers) pledge(network, member, plan, 30);
  for (const member of pledgers) vote(network, member, plan, true);
  network.clock += day + hour;
  close(network, guide, plan);
  for (const member of paid) pay(network, guide, plan, member, 20);
  return plan;
}

describe('activities in the report', () => {
  it('counts held activities, the people who took part and the organisers’ hours', slow, async () => {
    const network = new TestNetwork();
    const people = neighbours(network, 10);
    const organisers = people.slice(0, 5);
    const guests = people.slice(5);
    for (const organiser of organisers) held(network, organiser, guests);
    const report = togetherReport(await network.state(), inMarch);
    const january = months(report).get('2026-01');
    expect(january?.held).toEqual(count(5));
    expect(january?.participants).toEqual(count(5));
    // 5 organisers × 5 guests × 60 minutes = 25 hours.
    expect(january?.organiserHours).toEqual({ kind: 'minutes', value: 25 * 60 });
    expect(months(report).get('2026-02')?.held).toEqual(few);
  });

  it('hides a count of 4, and the hours of 4 organisers', slow, async () => {
    const network = new TestNetwork();
    const people = neighbours(network, 9);
    const guests = people.slice(4);
    for (const organiser of people.slice(0, 4)) held(network, organiser, guests);
    const january = months(togetherReport(await network.state(), inMarch)).get('2026-01');
    expect(january?.held).toEqual(few);
    // Five took part, but four organisers' hours would be a figure about each of them.
    expect(january?.participants).toEqual(count(5));
    expect(january?.organiserHours).toEqual({ kind: 'hidden' });
  });

  it('does not count a cancelled activity as held', slow, async () => {
    const network = new TestNetwork();
    const people = neighbours(network, 6);
    const [one, ...guests] = people as [Identity, ...Identity[]];
    const activities: SignedEntry[] = [];
    for (let i = 0; i < 5; i++) activities.push(held(network, one, guests.slice(0, 1)));
    network.write(one, 'activity-cancel', { activity: (activities[0] as SignedEntry).id, reason: 'Ziek' });
    const january = months(togetherReport(await network.state(), inMarch)).get('2026-01');
    expect(january?.held).toEqual(few);
  });

  it('shows no month that is not closed, and every closed month', slow, async () => {
    const network = new TestNetwork();
    const people = neighbours(network, 10);
    for (const organiser of people.slice(0, 5)) held(network, organiser, people.slice(5));
    // 3 February: January ended less than 7 days ago.
    const early = togetherReport(await network.state(), Date.UTC(2026, 1, 3, 12));
    expect(early.months).toEqual([]);
    const later = togetherReport(await network.state(), inMarch);
    expect(later.months.map((month) => month.month)).toEqual(['2026-01', '2026-02']);
  });

  it('rounds shown counts and hours to 5', () => {
    const counts: TogetherCounts = {
      month: '2026-01',
      held: 7,
      participants: 13,
      organisers: 6,
      organiserMinutes: 7 * 60 + 40,
      accepted: 3,
      rejected: 8,
      planPaid: 4,
      planMinutes: 1000,
    };
    expect(shownTogether(counts)).toEqual({
      month: '2026-01',
      held: count(5),
      participants: count(15),
      organiserHours: { kind: 'minutes', value: 10 * 60 },
      accepted: few,
      rejected: count(10),
      planHours: { kind: 'hidden' },
    });
  });
});

describe('plans in the report', () => {
  it('names a plan with 5 pledgers, counts it accepted and shows what 5 helpers were paid', slow, async () => {
    const network = new TestNetwork();
    const people = neighbours(network, 6);
    const [guide, ...rest] = people as [Identity, ...Identity[]];
    decidedPlan(network, guide, rest, rest, 'Een bankje bij de speeltuin');
    const report = togetherReport(await network.state(), inMarch);
    expect(report.plans).toEqual([
      {
        title: 'Een bankje bij de speeltuin',
        month: '2026-01',
        accepted: true,
        members: count(5),
        // 5 × 20 minutes, rounded to 5 hours: 0.
        paid: { kind: 'minutes', value: 0 },
      },
    ]);
    const january = months(report).get('2026-01');
    expect(january?.accepted).toEqual(few);
    expect(january?.planHours).toEqual({ kind: 'minutes', value: 0 });
  });

  it('shows no title for a plan 4 members pledged to, and hides what fewer than 5 were paid', slow, async () => {
    const network = new TestNetwork();
    const people = neighbours(network, 5);
    const [guide, ...rest] = people as [Identity, ...Identity[]];
    decidedPlan(network, guide, rest, rest.slice(0, 2), 'Geheim plan van vier');
    const report = togetherReport(await network.state(), inMarch);
    expect(report.plans).toEqual([]);
    expect(JSON.stringify(report)).not.toContain('Geheim');
    expect(months(report).get('2026-01')?.planHours).toEqual({ kind: 'hidden' });
  });

  it('counts a rejected plan as rejected, in the month of its close', slow, async () => {
    const network = new TestNetwork();
    const people = neighbours(network, 6);
    const [guide, ...rest] = people as [Identity, ...Identity[]];
    const plan = propose(network, guide, { title: 'Nee' });
    for (const member of rest) vote(network, member, plan, false);
    network.clock = Date.UTC(2026, 1, 10);
    close(network, guide, plan);
    const report = togetherReport(await network.state(), inMarch);
    expect(months(report).get('2026-02')?.rejected).toEqual(few);
    expect(report.plans).toEqual([]);
  });
});

describe('group records in the report', () => {
  it('count moved parts as exchanges, not waiting or declined ones', slow, async () => {
    const network = new TestNetwork();
    const [anna, bram, cor] = neighbours(network, 3) as [Identity, Identity, Identity];
    const record = network.write(anna, 'group-hours', {
      parts: [
        { payer: anna.signing.publicKey, receiver: bram.signing.publicKey, minutes: 60 },
        { payer: anna.signing.publicKey, receiver: cor.signing.publicKey, minutes: 30 },
        { payer: bram.signing.publicKey, receiver: cor.signing.publicKey, minutes: 45 },
      ],
      what: 'Verhuizing',
      post: null,
    });
    network.write(bram, 'part-answer', { record: record.id, part: 0, agree: true });
    network.write(cor, 'part-answer', { record: record.id, part: 1, agree: false });
    const january = monthlyCounts(await network.state(), inMarch).find((month) => month.month === '2026-01');
    expect(january?.exchanges).toBe(1);
    expect(january?.minutes).toBe(60);
    expect(january?.categories.get('other')).toEqual({ exchanges: 1, minutes: 60 });
  });
});

describe('the together CSV', () => {
  it('holds what the page shows, and a plan title that starts like a formula as text', () => {
    const words = Object.fromEntries(
      [
        'month',
        'held',
        'participants',
        'organiserHours',
        'accepted',
        'rejected',
        'planHours',
        'plan',
        'result',
        'yes',
        'no',
        'members',
        'paid',
        'hidden',
      ].map((key) => [key, key]),
    ) as unknown as TogetherCsvWords;
    const csv = togetherReportCsv(
      {
        months: [
          {
            month: '2026-01',
            held: count(5),
            participants: few,
            organiserHours: { kind: 'hidden' },
            accepted: few,
            rejected: few,
            planHours: { kind: 'minutes', value: 600 },
          },
        ],
        plans: [
          { title: '=HYPERLINK("x")', month: '2026-01', accepted: true, members: count(5), paid: { kind: 'hidden' } },
        ],
      },
      { ...words, few: '< 5' },
    );
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error('the CSV does not read back');
    const rows = parsed.rows.map((row) => row.fields);
    expect(rows[1]).toEqual(['2026-01', '5', '< 5', 'hidden', '< 5', '< 5', '10']);
    expect(rows.at(-1)?.[0]?.startsWith("'")).toBe(true);
  });
});
