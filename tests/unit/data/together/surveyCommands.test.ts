// The answering device's side of the look back (docs/protocol-together.md §6): "I took part"
// goes out at once and nothing else; the answer waits in IndexedDB until its moment, at
// random within the next day and never after the survey closes; then it is written by a key
// used once (not the member's), claiming that moment, accepted by the rules, and only once.
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { Bodies, EntryType } from '../../../../src/core/entry/bodies.ts';
import type { BodyInput } from '../../../../src/core/Ledger.ts';
import type { WriteOptions } from '../../../../src/data/session/WritePipeline.ts';
import type { WriteResult } from '../../../../src/data/session/WriteResult.ts';
import { pendingAnswers } from '../../../../src/data/together/pendingAnswers.ts';
import { answerDelayMs, SurveyCommands } from '../../../../src/data/together/surveyCommands.ts';
import { bodyOf, idOf, keyOf, TestNetwork } from '../../core/TestNetwork.ts';

const hour = 60 * 60 * 1000;

async function lookBack(closesIn: number) {
  const network = new TestNetwork();
  const anna = network.member('Anna');
  const survey = network.write(network.founder, 'survey', {
    title: 'Terugblik',
    questions: [{ text: 'Hoe was het?', kind: 'scale', choices: [] }],
    opens: network.clock,
    closes: network.clock + closesIn,
  });
  const written: { type: EntryType; body: unknown; options: WriteOptions | undefined }[] = [];
  let now = network.clock + 1000;
  const host = {
    memberState: await network.state(),
    net: network.net,
    write: async <T extends EntryType>(type: T, body: BodyInput<T>, options?: WriteOptions): Promise<WriteResult> => {
      written.push({ type, body, options });
      const author = options?.as ?? anna;
      const entry = network.write(author, type, body, options?.time === undefined ? {} : { time: options.time });
      return { ok: true, entry, id: idOf(entry) };
    },
  };
  const commands = new SurveyCommands(host, { now: () => now, random: () => 0.5 });
  return { network, anna, survey, written, commands, setNow: (time: number) => (now = time), now: () => now };
}

describe('SurveyCommands', () => {
  it('writes "I took part" at once and the answer at its moment, by a key used once', async () => {
    const { network, anna, survey, written, commands, setNow, now } = await lookBack(7 * 24 * hour);
    const answeredAt = now();
    expect((await commands.answer(idOf(survey), [4])).ok).toBe(true);
    expect(written.map((w) => w.type)).toEqual(['answered']);
    const pending = await pendingAnswers(network.netId).get(idOf(survey));
    expect(pending?.due).toBe(answeredAt + answerDelayMs / 2);
    expect(await commands.waiting(idOf(survey))).toBe(true);

    // Before its moment nothing goes; after it, one answer, claiming the moment it was due.
    setNow((pending?.due ?? 0) - 1);
    expect(await commands.sendDue()).toBe(0);
    setNow((pending?.due ?? 0) + 5 * hour);
    expect(await commands.sendDue()).toBe(1);
    const sent = written[1];
    expect(sent?.type).toBe('survey-answer');
    expect(sent?.options?.time).toBe(pending?.due);
    expect(keyOf(sent?.options?.as ?? anna)).not.toBe(keyOf(anna));
    expect((sent?.body as Bodies['survey-answer'] | undefined)?.answers).toEqual([4]);
    expect(await commands.waiting(idOf(survey))).toBe(false);
    expect(await commands.sendDue()).toBe(0);

    // The rules count it, and Anna once among those who took part.
    network.tick(24 * hour);
    const state = await network.state();
    expect(state.surveyAnswers.get(idOf(survey))?.size).toBe(1);
    expect([...(state.surveyAnswered.get(idOf(survey)) ?? [])]).toEqual([keyOf(anna)]);
    expect([...state.rejected.values()]).toEqual([]);
  });

  it('never lets an answer wait past the close', async () => {
    const { network, survey, commands, now } = await lookBack(hour);
    const answeredAt = now();
    await commands.answer(idOf(survey), [2]);
    const pending = await pendingAnswers(network.netId).get(idOf(survey));
    const { closes } = bodyOf(survey, 'survey');
    expect(pending?.due).toBeGreaterThanOrEqual(answeredAt);
    expect(pending?.due).toBeLessThanOrEqual(closes);
  });

  it('writes nothing for a survey it does not know', async () => {
    const { commands, written } = await lookBack(hour);
    expect((await commands.answer(toBase64Url(new Uint8Array(20)), [3])).ok).toBe(false);
    expect(written).toEqual([]);
  });
});
