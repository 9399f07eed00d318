// answered: "I took part" in a look back (docs/protocol-together.md §6). Written beside the
// anonymous answer, at another moment; one per member counts, however often it is written.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { absent, type OrdinaryRule } from './EntryRule.ts';

export const answered: OrdinaryRule<'answered'> = {
  kind: 'ordinary',
  body: bodyReaders.answered,
  reference: (entry) => entry.body.survey,
  refusal(state, entry) {
    const survey = toBase64Url(entry.body.survey);
    return state.surveys.has(survey) ? null : absent(state, survey);
  },
  apply(state, entry, { author }) {
    const survey = toBase64Url(entry.body.survey);
    const members = state.surveyAnswered.get(survey) ?? new Set<string>();
    members.add(author);
    state.surveyAnswered.set(survey, members);
  },
};
