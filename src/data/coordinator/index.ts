// The public face of src/data/coordinator: what pages, other domains and tests use of it.
// A lazy load (import('...')) names its file instead, so a page loads only what it shows.

export type { AuditLine } from './auditSelectors.ts';
export { auditLines, auditTypes, labelledType } from './auditSelectors.ts';
export { CoordinatorCommands } from './CoordinatorCommands.ts';
export type { FlagLine, JoinDetails, WaitingRequest } from './coordinatorSelectors.ts';
export {
  flagLines,
  openRequestsInSlices,
  requestPage,
  requestsShown,
  setAsideScope,
  waitingRequests,
} from './coordinatorSelectors.ts';
export type { ImportPreview, ImportResult } from './files/importTimeOverflow.ts';
export { previewImport, runImport } from './files/importTimeOverflow.ts';
export { exportFileName, exportNetwork } from './files/networkExport.ts';
export type { RestoreProblem, RestoreResult } from './files/restoreNetwork.ts';
export { restoreNetwork } from './files/restoreNetwork.ts';
export { membersCsvText, transfersCsvText } from './files/toolkitExports.ts';
export type { MemberLine } from './moderationSelectors.ts';
export { memberLines, postLines, transferLines } from './moderationSelectors.ts';
export type { OutreachReason } from './outreachSelectors.ts';
export { outreachLines } from './outreachSelectors.ts';
export { potOf } from './potSelectors.ts';
export type { Figure, Hours, MonthFigures, Report, ReportCsvWords } from './reportSelectors.ts';
export { reportCsvText, reportOf } from './reportSelectors.ts';
export type { Policy, Settings } from './settingsSelectors.ts';
export { currentPolicy, currentSettings } from './settingsSelectors.ts';
export { signalsToRead } from './signalSelectors.ts';
export type { TodaySummary } from './todaySelectors.ts';
export { todaySummary, waitingIn } from './todaySelectors.ts';
export type { NamedPlan, TogetherCsvWords, TogetherMonth, TogetherReport } from './togetherReportSelectors.ts';
export { togetherCsvText, togetherReportOf } from './togetherReportSelectors.ts';
export { nameOf } from './toolkitNames.ts';
export { VouchCommands } from './VouchCommands.ts';
export { coordinatorCanAct, vouchStanding } from './vouchSelectors.ts';
