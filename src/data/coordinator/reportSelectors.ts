// The anonymous report for funders and the neighbourhood (src/core/state/report.ts): only
// aggregate figures, small counts hidden, never a name.
import { type Figure, type Hours, type MonthFigures, networkReport, type Report } from '../../core/state/report.ts';
import { dutchReportWords, type ReportCsvWords, reportCsv } from '../../core/state/reportCsv.ts';
import type { SessionView } from '../session/SessionView.ts';

export type { Figure, Hours, MonthFigures, Report, ReportCsvWords };
export { dutchReportWords };

export function reportOf(view: SessionView, now = Date.now()): Report | null {
  const state = view.memberState;
  return state ? networkReport(state, now) : null;
}

export function reportCsvText(report: Report, words: ReportCsvWords): string {
  return reportCsv(report, words);
}
