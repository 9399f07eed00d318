// The together figures of the report as a CSV file (docs/protocol-together.md §8): exactly
// what the page shows, one row per closed month, then the named plans. No names of people.
import { type CsvOptions, spreadsheetText, writeCsv } from '../csv/writeCsv.ts';
import { hoursText } from '../export/hoursText.ts';
import type { Figure, Hours } from './report.ts';
import type { TogetherReport } from './togetherReport.ts';

export interface TogetherCsvWords {
  month: string;
  held: string;
  participants: string;
  organiserHours: string;
  accepted: string;
  rejected: string;
  planHours: string;
  plan: string;
  result: string;
  yes: string;
  no: string;
  members: string;
  paid: string;
  few: string;
  hidden: string;
}

export function togetherReportCsv(report: TogetherReport, words: TogetherCsvWords, options: CsvOptions = {}): string {
  const count = (figure: Figure) =>
    figure.kind === 'count' ? String(figure.value) : figure.kind === 'few' ? words.few : words.hidden;
  const hours = (value: Hours) => (value.kind === 'minutes' ? hoursText(value.value) : words.hidden);
  const rows: string[][] = [
    [
      words.month,
      words.held,
      words.participants,
      words.organiserHours,
      words.accepted,
      words.rejected,
      words.planHours,
    ],
    ...report.months.map((m) => [
      m.month,
      count(m.held),
      count(m.participants),
      hours(m.organiserHours),
      count(m.accepted),
      count(m.rejected),
      hours(m.planHours),
    ]),
  ];
  if (report.plans.length > 0) {
    rows.push([], [words.plan, words.month, words.result, words.members, words.paid]);
    for (const plan of report.plans) {
      // A plan's title is a member's text: it may start like a formula.
      rows.push([
        spreadsheetText(plan.title),
        plan.month,
        plan.accepted ? words.yes : words.no,
        count(plan.members),
        hours(plan.paid),
      ]);
    }
  }
  return writeCsv(rows, options);
}
