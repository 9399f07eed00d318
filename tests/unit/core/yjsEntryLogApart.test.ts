// An anonymous answer (docs/protocol-together.md §6) goes into the Y.Doc under a client id of
// its own: the doc's item for it does not name the page's client, which every other write of
// the page shares; it still reaches the other peer, verified.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { entriesMapName, YjsEntryLog } from '../../../src/core/adapters/yjsEntryLog.ts';
import { newIdentity } from '../../../src/core/Identity.ts';
import { Ledger } from '../../../src/core/Ledger.ts';
import { idOf, TestNetwork } from './TestNetwork.ts';

function clientOf(doc: Y.Doc, id: string): number | undefined {
  const items = (doc.getMap(entriesMapName) as unknown as { _map: Map<string, { id: { client: number } }> })._map;
  return items.get(id)?.id.client;
}

describe('an entry appended apart', () => {
  it('names a client id of its own, and reaches the other peer', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const survey = network.write(network.founder, 'survey', {
      title: 'Terugblik',
      questions: [{ text: 'Hoe was het?', kind: 'scale', choices: [] }],
      opens: network.clock,
      closes: network.clock + 60 * 60_000,
    });
    const answered = network.write(anna, 'answered', { survey: survey.id });
    const { findAnswerWork } = await import('../../../src/core/answerWork.ts');
    const key = newIdentity();
    const work = await findAnswerWork(network.net, key.signing.publicKey, survey.id, 4);
    const answer = network.write(key, 'survey-answer', { survey: survey.id, answers: [4], work });

    const doc = new Y.Doc();
    const log = new YjsEntryLog(doc, new Ledger(network.netId, { now: () => network.clock + 1000 }));
    for (const signed of network.entries.slice(0, -1)) await log.append(signed);
    await log.appendApart(answer);
    expect(clientOf(doc, idOf(answered))).toBe(doc.clientID);
    const apart = clientOf(doc, idOf(answer));
    expect(apart).toBeDefined();
    expect(apart).not.toBe(doc.clientID);

    const other = new Y.Doc();
    const ledger = new Ledger(network.netId, { now: () => network.clock + 1000 });
    const otherLog = new YjsEntryLog(other, ledger);
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    await otherLog.settled();
    expect(ledger.state.surveyAnswers.get(idOf(survey))?.size).toBe(1);
  });
});
