// The together figures of the report for funders (src/core/state/togetherReport.ts):
// activities and plans, small counts hidden, a plan named only with 5 members in it.
import type { NamedPlan, TogetherMonth, TogetherReport } from '../../core/state/togetherReport.ts';
import { togetherReport } from '../../core/state/togetherReport.ts';
import { type TogetherCsvWords, togetherReportCsv } from '../../core/state/togetherReportCsv.ts';
import type { SessionView } from '../session/SessionView.ts';

export type { NamedPlan, TogetherCsvWords, TogetherMonth, TogetherReport };

export function togetherReportOf(view: SessionView, now = Date.now()): TogetherReport | null {
  const state = view.memberState;
  return state ? togetherReport(state, now) : null;
}

export function togetherCsvText(report: TogetherReport, words: TogetherCsvWords): string {
  return togetherReportCsv(report, words);
}
