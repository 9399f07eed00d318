// The results of a look back (docs/protocol-together.md §6), under the report's rules
// (protocol.md §5.1, src/core/state/report.ts): counts per answer, nothing at all under 5
// answers, a count under 5 shown as "< 5", no count that gives a hidden small one back by
// subtraction from the answers, and shown counts rounded to a multiple of 5 (an answer that
// arrives late changes nothing shown, or a figure by 5). Beside them, the members who said
// they took part, flagged when the answers are more (one answer per member is not enforced).
import { answerRange, type QuestionKind } from '../entry/bodies/survey.ts';
import type { EntryIdText, NetworkState } from './NetworkState.ts';
import { type Figure, figure, smallCount } from './report.ts';
import type { Survey } from './surveys.ts';

export interface QuestionResult {
  text: string;
  kind: QuestionKind;
  /** A `choice` question's choices, in order; none for the other kinds. */
  choices: string[];
  /** One per possible answer, in the order of answerRange: 1–5, no then yes, or the choices. */
  counts: Figure[];
}

export interface SurveyResult {
  id: EntryIdText;
  title: string;
  opens: number;
  closes: number;
  answers: Figure;
  /** Members who said they took part. */
  answered: Figure;
  /** More answers than members who said they took part: someone answered more than once. */
  moreAnswers: boolean;
  /** Null under 5 answers: then nothing of the answers shows. */
  questions: QuestionResult[] | null;
}

/** The exact numbers of one survey: its answers and the members who said they took part. */
export function surveyCounts(state: NetworkState, survey: Survey): { answers: number[][]; answered: number } {
  const answers = [...(state.surveyAnswers.get(survey.id)?.values() ?? [])].map((answer) => answer.answers);
  return { answers, answered: state.surveyAnswered.get(survey.id)?.size ?? 0 };
}

export function surveyResult(state: NetworkState, survey: Survey): SurveyResult {
  const { answers, answered } = surveyCounts(state, survey);
  const total = answers.length;
  const enough = total >= smallCount;
  return {
    id: survey.id,
    title: survey.title,
    opens: survey.opens,
    closes: survey.closes,
    answers: rounded(figure(total)),
    answered: rounded(figure(answered)),
    moreAnswers: total > answered,
    questions: enough
      ? survey.questions.map((question, index) => {
          const { min, max } = answerRange(question);
          const exact: number[] = [];
          for (let value = min; value <= max; value++) exact.push(answers.filter((a) => a[index] === value).length);
          return {
            text: question.text,
            kind: question.kind,
            choices: question.choices,
            counts: shownCounts(exact, total).map(rounded),
          };
        })
      : null,
  };
}

/** Every look back, newest first, with its results. */
export function surveyResults(state: NetworkState): SurveyResult[] {
  return [...state.surveys.values()]
    .sort((a, b) => b.opens - a.opens || (a.id < b.id ? 1 : -1))
    .map((survey) => surveyResult(state, survey));
}

/**
 * For the report: the look backs that closed by `now` (a report shows only what is over)
 * with at least 5 answers; one with fewer is not in it at all.
 */
export function reportSurveys(state: NetworkState, now: number): SurveyResult[] {
  return surveyResults(state).filter((result) => result.closes < now && result.questions !== null);
}

/**
 * Rules 1 and 3 for the counts of one question, which add up to the answers: a count under
 * 5 is "< 5"; a shown count 1–4 below the answers is hidden (it gives the rest away); and
 * while the hidden counts add up to 1–4, the smallest shown one is hidden too.
 */
function shownCounts(exact: readonly number[], total: number): Figure[] {
  const shown = new Set(exact.flatMap((count, index) => (count >= smallCount ? [index] : [])));
  const rest = () => total - [...shown].reduce((sum, index) => sum + (exact[index] ?? 0), 0);
  while (rest() > 0 && rest() < smallCount && shown.size > 0) {
    const smallest = [...shown].sort((a, b) => (exact[a] ?? 0) - (exact[b] ?? 0) || a - b)[0] as number;
    shown.delete(smallest);
  }
  return exact.map((count, index): Figure => {
    if (shown.has(index)) return { kind: 'count', value: count };
    return count < smallCount ? { kind: 'few' } : { kind: 'hidden' };
  });
}

/** Rule 4: a shown count to the nearest multiple of 5, never under 5. */
function rounded(shown: Figure): Figure {
  if (shown.kind !== 'count') return shown;
  return { kind: 'count', value: Math.max(smallCount, Math.round(shown.value / smallCount) * smallCount) };
}
