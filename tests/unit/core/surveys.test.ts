// The yearly look back (docs/protocol-together.md §6): a coordinator's survey, members'
// "I took part" and anonymous answers by keys used once — happy paths and hostile ones
// (outside the window, out of range, wrong work, not a coordinator, unknown survey, a
// member's own key, a second answer of one key, malformed bodies), and the results under
// the report's rules.
import { describe, expect, it } from 'vitest';
import { answerWorkBits, findAnswerWork } from '../../../src/core/answerWork.ts';
import type { Bodies } from '../../../src/core/entry/bodies.ts';
import { readEntry } from '../../../src/core/entry/readEntry.ts';
import { type Identity, newIdentity } from '../../../src/core/Identity.ts';
import { networkReport } from '../../../src/core/state/report.ts';
import { surveyResult } from '../../../src/core/state/surveyResults.ts';
import { bodyOf, idOf, keyOf, type TestNetwork as Network, TestNetwork, testJoinWork } from './TestNetwork.ts';

const day = 24 * 60 * 60 * 1000;
const questions: Bodies['survey']['questions'] = [
  { text: 'Hoe tevreden ben je?', kind: 'scale', choices: [] },
  { text: 'Heb je iemand nieuw leren kennen?', kind: 'yes-no', choices: [] },
  { text: 'Wat deed je het liefst?', kind: 'choice', choices: ['Helpen', 'Koffie', 'Klussen'] },
];

function startSurvey(network: Network, by: Identity = network.founder) {
  return network.write(by, 'survey', {
    title: 'Terugblik 2026',
    questions,
    opens: network.clock,
    closes: network.clock + 7 * day,
  });
}

async function answer(
  network: Network,
  survey: Uint8Array,
  answers: number[],
  {
    key = newIdentity(),
    time = network.clock + 60_000,
    work,
  }: { key?: Identity; time?: number; work?: Uint8Array } = {},
) {
  const proof = work ?? (await findAnswerWork(network.net, key.signing.publicKey, survey, testJoinWork));
  return network.write(key, 'survey-answer', { survey, answers, work: proof }, { time });
}

/** A nonce that does not do the work, found (a random one passes now and then). */
function failingWork(network: Network, key: Identity, survey: Uint8Array): Uint8Array {
  const work = new Uint8Array(8);
  for (let n = 0; ; n++) {
    work[7] = n;
    if (answerWorkBits(network.net, key.signing.publicKey, survey, work) < testJoinWork) return work;
  }
}

describe('the yearly look back', () => {
  it('counts answers and the members who took part, once each', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const survey = startSurvey(network);
    const first = network.write(anna, 'answered', { survey: survey.id });
    const again = network.write(anna, 'answered', { survey: survey.id });
    const answers = [];
    for (let n = 0; n < 6; n++) answers.push(await answer(network, survey.id, [5, 1, n % 3]));
    const state = await network.state();
    const id = idOf(survey);
    expect(state.surveys.get(id)).toMatchObject({ title: 'Terugblik 2026', author: keyOf(network.founder) });
    for (const entry of [first, again, ...answers]) expect(state.rejected.get(idOf(entry))).toBeUndefined();
    expect([...(state.surveyAnswered.get(id) ?? [])]).toEqual([keyOf(anna)]);
    expect(state.surveyAnswers.get(id)?.size).toBe(6);
    const result = surveyResult(state, state.surveys.get(id) as NonNullable<ReturnType<typeof state.surveys.get>>);
    expect(result.answers).toEqual({ kind: 'count', value: 5 });
    expect(result.answered).toEqual({ kind: 'few' });
    expect(result.moreAnswers).toBe(true);
    // Everyone said 5 and yes: those show; the rest are "< 5".
    expect(result.questions?.[0]?.counts).toEqual([
      { kind: 'few' },
      { kind: 'few' },
      { kind: 'few' },
      { kind: 'few' },
      { kind: 'count', value: 5 },
    ]);
    expect(result.questions?.[1]?.counts).toEqual([{ kind: 'few' }, { kind: 'count', value: 5 }]);
    expect(result.questions?.[2]?.counts).toEqual([{ kind: 'few' }, { kind: 'few' }, { kind: 'few' }]);
  });

  it('shows nothing of a survey with fewer than 5 answers', async () => {
    const network = new TestNetwork();
    const survey = startSurvey(network);
    for (let n = 0; n < 4; n++) await answer(network, survey.id, [3, 0, 1]);
    const state = await network.state();
    const result = surveyResult(state, state.surveys.get(idOf(survey)) as never);
    expect(result.answers).toEqual({ kind: 'few' });
    expect(result.questions).toBeNull();
  });

  it('refuses an answer outside the window, out of range, or of the wrong length', async () => {
    const network = new TestNetwork();
    const survey = startSurvey(network);
    const { opens, closes } = bodyOf(survey, 'survey');
    const early = await answer(network, survey.id, [3, 1, 0], { time: opens - 1 });
    const late = await answer(network, survey.id, [3, 1, 0], { time: closes + 1 });
    const onTheEdge = await answer(network, survey.id, [3, 1, 0], { time: closes });
    const scale = await answer(network, survey.id, [0, 1, 0]);
    const yesNo = await answer(network, survey.id, [3, 2, 0]);
    const choice = await answer(network, survey.id, [3, 1, 3]);
    const short = await answer(network, survey.id, [3, 1]);
    network.tick(8 * day);
    const state = await network.state();
    expect(state.rejected.get(idOf(early))?.reason).toBe('too-early');
    expect(state.rejected.get(idOf(late))?.reason).toBe('survey-closed');
    expect(state.rejected.get(idOf(onTheEdge))).toBeUndefined();
    for (const entry of [scale, yesNo, choice, short]) expect(state.rejected.get(idOf(entry))?.reason).toBe('mismatch');
    expect(state.surveyAnswers.get(idOf(survey))?.size).toBe(1);
  });

  it('refuses an answer without the work, or to a survey that is not there', async () => {
    const network = new TestNetwork();
    const survey = startSurvey(network);
    const key = newIdentity();
    const lazy = await answer(network, survey.id, [3, 1, 0], { key, work: failingWork(network, key, survey.id) });
    const post = network.post(network.founder);
    const toPost = await answer(network, post.id, [3, 1, 0]);
    const unknown = await answer(network, new Uint8Array(20).fill(7), [3, 1, 0]);
    // The work binds the survey: work done for one survey does not answer another.
    const other = startSurvey(network);
    const moved = newIdentity();
    const work = await findAnswerWork(network.net, moved.signing.publicKey, survey.id, testJoinWork);
    const misbound =
      answerWorkBits(network.net, moved.signing.publicKey, other.id, work) < testJoinWork
        ? await answer(network, other.id, [3, 1, 0], { key: moved, work })
        : null;
    const state = await network.state();
    expect(state.rejected.get(idOf(lazy))?.reason).toBe('no-work');
    expect(state.rejected.get(idOf(toPost))?.reason).toBe('bad-ref');
    // Waits for its survey, as every entry that names one not there yet.
    expect((await network.ledger()).rejections().get(idOf(unknown))?.reason).toBe('missing-ref');
    if (misbound) expect(state.rejected.get(idOf(misbound))?.reason).toBe('no-work');
    expect(state.surveyAnswers.get(idOf(survey))).toBeUndefined();
  });

  it("refuses an answer by a member's own key, or a key's second entry; of one key's two firsts one counts", async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const survey = startSurvey(network);
    const signed = await answer(network, survey.id, [3, 1, 0], { key: anna });
    const key = newIdentity();
    const first = await answer(network, survey.id, [3, 1, 0], { key });
    const second = await answer(network, survey.id, [4, 1, 0], { key });
    // A fork: another first entry of the same key.
    const fork = newIdentity();
    const forkA = await answer(network, survey.id, [1, 0, 0], { key: fork });
    const forkB = network.forge(
      fork,
      'survey-answer',
      {
        survey: survey.id,
        answers: [2, 0, 0],
        work: await findAnswerWork(network.net, fork.signing.publicKey, survey.id, testJoinWork),
      },
      { seq: 1, prev: null, time: network.clock + 120_000 },
    );
    network.entries.push(forkB);
    const state = await network.state();
    expect(state.rejected.get(idOf(signed))?.reason).toBe('not-author');
    expect(state.rejected.get(idOf(first))).toBeUndefined();
    expect(state.rejected.get(idOf(second))?.reason).toBe('not-author');
    const answers = state.surveyAnswers.get(idOf(survey));
    expect(answers?.size).toBe(2);
    const kept = idOf(forkA) < idOf(forkB) ? forkA : forkB;
    expect(answers?.get(keyOf(fork))?.id).toBe(idOf(kept));
  });

  it('a survey is a coordinator act: a member or a removed coordinator cannot start one', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    network.grant(bram);
    const byBram = startSurvey(network, bram);
    network.write(network.founder, 'revoke-role', { member: bram.signing.publicKey, role: 'coordinator' });
    const afterRevoke = startSurvey(network, bram);
    const byAnna = startSurvey(network, anna);
    const answeredUnknown = network.write(anna, 'answered', { survey: byAnna.id });
    const toRefused = await answer(network, byAnna.id, [3, 1, 0]);
    const state = await network.state();
    expect(state.surveys.has(idOf(byBram))).toBe(true);
    expect(state.rejected.get(idOf(afterRevoke))?.reason).toBe('not-coordinator');
    expect(state.rejected.get(idOf(byAnna))?.reason).toBe('not-coordinator');
    expect(state.rejected.get(idOf(answeredUnknown))?.reason).toBe('bad-ref');
    expect(state.rejected.get(idOf(toRefused))?.reason).toBe('bad-ref');
    expect(state.surveys.size).toBe(1);
  });

  it('malformed bodies are refused on reading', async () => {
    const network = new TestNetwork();
    const survey = startSurvey(network);
    const base = { title: 'Terugblik', questions, opens: network.clock, closes: network.clock + day };
    const surveys: unknown[] = [
      { ...base, title: '' },
      { ...base, questions: [] },
      { ...base, questions: Array.from({ length: 11 }, () => questions[0]) },
      { ...base, questions: [{ text: 'Welke?', kind: 'choice', choices: ['Een'] }] },
      { ...base, questions: [{ text: 'Welke?', kind: 'choice', choices: ['1', '2', '3', '4', '5', '6', '7'] }] },
      { ...base, questions: [{ text: 'Ja?', kind: 'yes-no', choices: ['Ja', 'Nee'] }] },
      { ...base, questions: [{ text: 'Ja?', kind: 'open', choices: [] }] },
      { ...base, closes: base.opens },
    ];
    const answers: unknown[] = [
      { survey: survey.id, answers: [3, 1, 0], work: new Uint8Array(7) },
      { survey: survey.id, answers: [3, 1, -1], work: new Uint8Array(8) },
      { survey: survey.id, answers: [3, 1, 0.5], work: new Uint8Array(8) },
      { survey: survey.id, answers: Array.from({ length: 11 }, () => 1), work: new Uint8Array(8) },
      { survey: survey.id, answers: [3, 1, 0], work: new Uint8Array(8), member: network.founder.signing.publicKey },
    ];
    const entries = [
      ...surveys.map((body) => network.write(network.founder, 'survey', body as never)),
      ...answers.map((body) => network.write(newIdentity(), 'survey-answer', body as never)),
      network.write(network.founder, 'answered', { survey: 'niet-een-id' } as never),
    ];
    for (const entry of entries) {
      const read = await readEntry(network.net, idOf(entry), entry.bytes);
      expect(read.ok ? null : read.problem).toBe('malformed');
    }
  });
});

describe('the look back in the report', () => {
  it('shows a closed look back with 5 answers or more, never an open one or one with fewer', async () => {
    const network = new TestNetwork();
    const counted = startSurvey(network);
    const few = startSurvey(network);
    for (let n = 0; n < 5; n++) await answer(network, counted.id, [4, 1, 2]);
    for (let n = 0; n < 4; n++) await answer(network, few.id, [4, 1, 2]);
    const state = await network.state();
    const { closes } = bodyOf(counted, 'survey');
    expect(networkReport(state, closes).surveys).toEqual([]);
    const report = networkReport(state, closes + 1).surveys;
    expect(report.map((s) => s.id)).toEqual([idOf(counted)]);
    expect(report[0]?.questions?.[2]?.counts).toEqual([{ kind: 'few' }, { kind: 'few' }, { kind: 'count', value: 5 }]);
  });

  it('hides a shown count that gives a small rest away, and rounds to 5', async () => {
    const network = new TestNetwork();
    const survey = startSurvey(network);
    // 9 answers: 7 say yes, 2 no. "7 yes of 9" would give the 2 away: hidden.
    for (let n = 0; n < 9; n++) await answer(network, survey.id, [n < 7 ? 5 : 1, n < 7 ? 1 : 0, 0]);
    const state = await network.state();
    const result = surveyResult(state, state.surveys.get(idOf(survey)) as never);
    expect(result.answers).toEqual({ kind: 'count', value: 10 });
    expect(result.questions?.[1]?.counts).toEqual([{ kind: 'few' }, { kind: 'hidden' }]);
    expect(result.questions?.[2]?.counts).toEqual([{ kind: 'count', value: 10 }, { kind: 'few' }, { kind: 'few' }]);
  });
});
