// Every look back with its results under the report's rules (src/core/state/surveyResults.ts),
// for a coordinator's page: apart from surveySelectors.ts so the board does not load them.
import { type SurveyResult, surveyResults } from '../../core/state/surveyResults.ts';
import type { SurveyView } from './surveySelectors.ts';

/** Every look back with its results, newest first (a coordinator's view). */
export function allSurveyResults(view: SurveyView): SurveyResult[] {
  return view.memberState ? surveyResults(view.memberState) : [];
}
