// What the state keeps of the yearly look back (docs/protocol-together.md §6): the surveys,
// who said they took part, and the anonymous answers.
import type { SurveyQuestion } from '../entry/bodies/survey.ts';
import type { DeviceKey, EntryIdText, MemberKey } from './NetworkState.ts';

/** A look back with the members, open for answers from `opens` to `closes`. */
export interface Survey {
  id: EntryIdText;
  author: MemberKey;
  title: string;
  questions: SurveyQuestion[];
  opens: number;
  closes: number;
}

/** One anonymous answer to a survey: one number per question. */
export interface SurveyAnswer {
  id: EntryIdText;
  answers: number[];
}

/** The state's part for look backs. */
export interface SurveyRecords {
  /** Look backs, by id. */
  surveys: Map<EntryIdText, Survey>;
  /** Per survey, the members who said they took part (`answered`): one each, however often. */
  surveyAnswered: Map<EntryIdText, Set<MemberKey>>;
  /** Per survey, its anonymous answers by their one-time key: of one key's answers, the lowest id counts. */
  surveyAnswers: Map<EntryIdText, Map<DeviceKey, SurveyAnswer>>;
}
