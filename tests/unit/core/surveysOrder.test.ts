// The look back's state (docs/protocol-together.md §6) does not depend on the order or the
// copies in which entries arrive: answers, forks of one one-time key, "I took part" twice,
// all at once or one by one into a ledger, give the same surveys, answers and counts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAnswerWork } from '../../../src/core/answerWork.ts';
import { type Identity, newIdentity } from '../../../src/core/Identity.ts';
import { Ledger } from '../../../src/core/Ledger.ts';
import type { NetworkState } from '../../../src/core/state/NetworkState.ts';
import { scramble } from './scenarios.ts';
import { TestNetwork, testJoinWork } from './TestNetwork.ts';

function surveyState(state: NetworkState): unknown {
  const sorted = <V>(map: Map<string, V>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    surveys: sorted(state.surveys),
    answered: sorted(state.surveyAnswered).map(([k, members]) => [k, [...members].sort()]),
    answers: sorted(state.surveyAnswers).map(([k, answers]) => [k, sorted(answers)]),
    rejected: sorted(state.rejected),
  };
}

/** A history from a script: each step answers, forks a key's answer, or says "I took part". */
async function history(script: readonly [number, number, number][]): Promise<TestNetwork> {
  const network = new TestNetwork();
  const members = [network.member('Anna'), network.member('Bram')];
  const survey = network.write(network.founder, 'survey', {
    title: 'Terugblik',
    questions: [{ text: 'Hoe was het?', kind: 'scale', choices: [] }],
    opens: network.clock,
    closes: network.clock + 60 * 60_000,
  });
  const keys: Identity[] = [];
  for (const [what, who, value] of script) {
    const answers = [1 + (value % 5)];
    if (what % 3 === 0) network.write(members[who % 2] as Identity, 'answered', { survey: survey.id });
    else {
      const reuse = what % 3 === 2 && keys.length > 0;
      const key = reuse ? (keys[who % keys.length] as Identity) : newIdentity();
      if (!reuse) keys.push(key);
      const work = await findAnswerWork(network.net, key.signing.publicKey, survey.id, testJoinWork);
      // A reused key writes another first entry: a fork of seq 1.
      const entry = network.forge(key, 'survey-answer', { survey: survey.id, answers, work }, { seq: 1, prev: null });
      network.entries.push(entry);
    }
  }
  return network;
}

const steps = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 12 });

describe('look back: order and copies do not matter', () => {
  it('any permutation with copies, at once or one by one, gives the same survey state', async () => {
    await fc.assert(
      fc.asyncProperty(steps, fc.integer(), async (script, seed) => {
        const network = await history(script);
        const reference = await network.state();
        const scrambled = scramble([...network.entries, ...network.entries.slice(0, 3)], seed);
        expect(surveyState(await network.state(scrambled))).toEqual(surveyState(reference));
        const ledger = new Ledger(network.netId, { now: () => network.clock + 1000 });
        for (const record of network.records(scrambled)) await ledger.add([record]);
        expect(surveyState(ledger.state)).toEqual(surveyState(reference));
      }),
      { numRuns: 40 },
    );
  }, 300_000);
});
