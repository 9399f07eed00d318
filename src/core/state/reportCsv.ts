// The report as a CSV file for funders: one row per closed month, no names, small counts
// as "< 5". Hours with a decimal comma, as Dutch spreadsheets expect.
import { type CsvOptions, spreadsheetText, writeCsv } from '../csv/writeCsv.ts';
import { hoursText } from '../export/hoursText.ts';
import { otherCategory } from './monthlyFigures.ts';
import type { Figure, Hours, Report } from './report.ts';

export interface ReportCsvWords {
  month: string;
  members: string;
  newMembers: string;
  activeMembers: string;
  exchanges: string;
  hours: string;
  reciprocal: string;
  other: string;
  few: string;
  hidden: string;
}

/** Dutch first (PRODUCT.md); the pages may pass another language's words. */
export const dutchReportWords: ReportCsvWords = {
  month: 'maand',
  members: 'leden',
  newMembers: 'nieuwe leden',
  activeMembers: 'actieve leden',
  exchanges: 'keer geholpen',
  hours: 'uren',
  reciprocal: 'leden die gaven en ontvingen',
  other: 'overig',
  few: '< 5',
  hidden: 'verborgen',
};

export function reportCsv(report: Report, words: ReportCsvWords = dutchReportWords, options: CsvOptions = {}): string {
  const categories = report.months[0]?.categories.map((c) => c.category) ?? [];
  // A kind of help is named by a coordinator: it may start like a formula.
  const label = (category: string) => spreadsheetText(category === otherCategory ? words.other : category);
  const header = [
    words.month,
    words.members,
    words.newMembers,
    words.activeMembers,
    words.exchanges,
    words.hours,
    words.reciprocal,
    ...categories.flatMap((category) => [
      `${label(category)}: ${words.exchanges}`,
      `${label(category)}: ${words.hours}`,
    ]),
  ];
  const count = (figure: Figure) =>
    figure.kind === 'count' ? String(figure.value) : figure.kind === 'few' ? words.few : words.hidden;
  const hours = (value: Hours) => (value.kind === 'minutes' ? hoursText(value.value) : words.hidden);
  const rows = report.months.map((month) => [
    month.month,
    count(month.members),
    count(month.newMembers),
    count(month.activeMembers),
    count(month.exchanges),
    hours(month.hours),
    count(month.reciprocal),
    ...month.categories.flatMap((c) => [count(c.exchanges), hours(c.hours)]),
  ]);
  return writeCsv([header, ...rows], options);
}
