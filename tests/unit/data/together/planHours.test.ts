// Pledges and plan payments as lines of "Mijn uren" (docs/protocol-together.md §3): the lines
// of a member add up to what plans moved on their balance — pledges out, payments in, what
// came back on an end or a rejection — and a pledge that does not count is no line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NetworkState } from '../../../../src/core/state/NetworkState.ts';
import { planHoursOf } from '../../../../src/data/together/planHours.ts';
import {
  close,
  end,
  grant,
  moved,
  neighbourhood,
  pastVoteEnd,
  pay,
  pledge,
  propose,
  vote,
} from '../../core/planHistories.ts';
import { scramble } from '../../core/scenarios.ts';
import { idOf, keyOf } from '../../core/TestNetwork.ts';

const sum = (state: NetworkState, member: string) =>
  planHoursOf(state, member).reduce((total, line) => total + line.minutes, 0);

describe('plan lines in Mijn uren', () => {
  it('a pledge, a payment and what came back at the end, newest first', async () => {
    const { network, anna, bram, cor } = neighbourhood();
    const plan = propose(network, anna);
    const given = pledge(network, bram, plan, 90);
    pledge(network, cor, plan, 30);
    for (const who of [bram, cor]) vote(network, who, plan, true);
    pastVoteEnd(network);
    close(network, anna, plan);
    const paid = pay(network, anna, plan, cor, 40);
    const ended = end(network, anna, plan);
    const state = await network.state();
    // 120 in, 40 paid, 80 back: Bram 3/4 of it, Cor 1/4.
    expect(planHoursOf(state, keyOf(bram)).map((l) => [l.kind, l.minutes, l.id])).toEqual([
      ['back', 60, idOf(ended)],
      ['pledge', -90, idOf(given)],
    ]);
    expect(planHoursOf(state, keyOf(cor)).map((l) => [l.kind, l.minutes, l.what])).toEqual([
      ['back', 20, ''],
      ['paid', 40, 'Getimmerd'],
      ['pledge', -30, ''],
    ]);
    expect(planHoursOf(state, keyOf(cor))[0]?.title).toBe('Een bankje bij de speeltuin');
    expect(planHoursOf(state, keyOf(cor))[1]?.id).toBe(idOf(paid));
    for (const who of [anna, bram, cor]) expect(sum(state, keyOf(who))).toBe(moved(state, who)[0]);
  });

  it('a rejected plan gives every pledge back, and a pledge after it is no line', async () => {
    const { network, anna, bram } = neighbourhood();
    const plan = propose(network, anna);
    pledge(network, bram, plan, 60);
    vote(network, bram, plan, false);
    pastVoteEnd(network);
    const closing = close(network, anna, plan);
    network.tick();
    pledge(network, bram, plan, 30);
    const state = await network.state();
    expect(planHoursOf(state, keyOf(bram)).map((l) => [l.kind, l.minutes, l.id])).toEqual([
      ['back', 60, idOf(closing)],
      ['pledge', -60, expect.any(String)],
    ]);
    expect(sum(state, keyOf(bram))).toBe(0);
  });

  it('the lines add up to what plans moved, in any order of arrival', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer(),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 150 }),
        async (seed, fromBram, fromCor, paying) => {
          const { network, anna, bram, cor } = neighbourhood();
          const plan = propose(network, anna);
          pledge(network, bram, plan, fromBram);
          pledge(network, cor, plan, fromCor);
          grant(network, plan, 45);
          for (const who of [bram, cor]) vote(network, who, plan, true);
          pastVoteEnd(network);
          close(network, anna, plan);
          if (paying > 0) pay(network, anna, plan, bram, paying);
          end(network, anna, plan);
          const state = await network.state(scramble(network.entries, seed));
          for (const who of [anna, bram, cor]) expect(sum(state, keyOf(who))).toBe(moved(state, who)[0]);
        },
      ),
      { numRuns: 15 },
    );
  });
});
