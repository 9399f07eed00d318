// survey-answer: an anonymous answer to a look back (docs/protocol-together.md §6), written
// by a key made for it alone (seq 1, prev null), accepted from any key as a join is, when
// the survey is there, its time lies between opens and closes, every number is in its
// question's range, and it carries the network's proof of work. One per member is counted
// beside it (`answered`), not enforced.
import { answerWorkBits } from '../answerWork.ts';
import { fromBase64Url, toBase64Url } from '../encoding/base64url.ts';
import { answerRange, type Bodies, bodyReaders } from '../entry/bodies.ts';
import type { Entry } from '../entry/Entry.ts';
import type { NetworkState } from '../state/NetworkState.ts';
import { absent, type OrdinaryRule } from './EntryRule.ts';

export const surveyAnswer: OrdinaryRule<'survey-answer'> = {
  kind: 'ordinary',
  writer: 'one-time-key',
  body: bodyReaders['survey-answer'],
  reference: (entry) => entry.body.survey,
  refusal(state, entry, { me }) {
    const id = toBase64Url(entry.body.survey);
    const survey = state.surveys.get(id);
    if (!survey) return absent(state, id);
    // A key used once: not a device of anyone, and nothing before it in its chain.
    if (entry.seq !== 1 || entry.prev !== null || state.devices.has(me) || state.members.has(me)) return 'not-author';
    if (entry.time < survey.opens) return 'too-early';
    if (entry.time > survey.closes) return 'survey-closed';
    const { answers } = entry.body;
    if (answers.length !== survey.questions.length) return 'mismatch';
    for (const [index, question] of survey.questions.entries()) {
      const { min, max } = answerRange(question);
      const answer = answers[index] as number;
      if (answer < min || answer > max) return 'mismatch';
    }
    if (!hasWork(state, entry)) return 'no-work';
    return null;
  },
  apply(state, entry, { id, device }) {
    const survey = toBase64Url(entry.body.survey);
    const answers = state.surveyAnswers.get(survey) ?? new Map();
    // Two answers of one key (a fork of seq 1): the lowest id counts, whatever the order.
    const known = answers.get(device);
    if (!known || id < known.id) answers.set(device, { id, answers: entry.body.answers });
    state.surveyAnswers.set(survey, answers);
  },
};

/** Answers whose work was checked, and the answer: a hash once per body and network. */
const workChecked = new WeakMap<Bodies['survey-answer'], { networkId: string; bits: number; ok: boolean }>();

function hasWork(state: NetworkState, entry: Entry<'survey-answer'>): boolean {
  const bits = state.genesis?.joinWork ?? 0;
  const known = workChecked.get(entry.body);
  if (known && known.networkId === state.networkId && known.bits === bits) return known.ok;
  const net = fromBase64Url(state.networkId);
  const ok = net !== null && answerWorkBits(net, entry.author, entry.body.survey, entry.body.work) >= bits;
  workChecked.set(entry.body, { networkId: state.networkId, bits, ok });
  return ok;
}
