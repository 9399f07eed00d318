// What the look back pages show (docs/protocol-together.md §6): the surveys a member may still
// answer now and one survey's questions. The results, for coordinators, are in
// surveyResultSelectors.ts: the board (which asks only surveysToAnswer) does not load the
// report's rules with them (docs/benchmarks.md, figure 7).
import type { NetworkState } from '../../core/state/NetworkState.ts';
import type { Survey } from '../../core/state/surveys.ts';

export interface SurveyView {
  readonly memberState: NetworkState | null;
  readonly memberKey: string;
}

/** Open surveys this member has not said "I took part" in, oldest first. */
export function surveysToAnswer(view: SurveyView, now: number): Survey[] {
  const state = view.memberState;
  if (!state) return [];
  return [...state.surveys.values()]
    .filter((s) => s.opens <= now && now <= s.closes && !state.surveyAnswered.get(s.id)?.has(view.memberKey))
    .sort((a, b) => a.opens - b.opens || (a.id < b.id ? -1 : 1));
}

/** Open surveys this member said "I took part" in. */
export function surveysTakenPart(view: SurveyView, now: number): Survey[] {
  const state = view.memberState;
  if (!state) return [];
  return [...state.surveys.values()].filter(
    (s) => s.opens <= now && now <= s.closes && state.surveyAnswered.get(s.id)?.has(view.memberKey),
  );
}

/** Has this member said it took part in this survey? */
export function tookPart(view: SurveyView, survey: string): boolean {
  return view.memberState?.surveyAnswered.get(survey)?.has(view.memberKey) === true;
}

export function surveyOf(view: SurveyView, survey: string): Survey | null {
  return view.memberState?.surveys.get(survey) ?? null;
}
