// Shared plans (docs/protocol-together.md §3) whatever the order: any history of plans,
// pledges, grants, votes, closes, payments and ends — some written without seeing the
// others, some refused — gives the same state derived at once, derived from a scrambled
// copy with duplicates, or added entry by entry; and balances, the pot and the plans'
// accounts always sum to zero.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorityTypes } from '../../../src/core/entry/bodies.ts';
import type { SignedEntry } from '../../../src/core/entry/Entry.ts';
import type { Identity } from '../../../src/core/Identity.ts';
import { Ledger } from '../../../src/core/Ledger.ts';
import type { NetworkState } from '../../../src/core/state/NetworkState.ts';
import { close, end, grant, moved, neighbourhood, pay, pledge, propose, total, vote } from './planHistories.ts';
import { scramble } from './scenarios.ts';
import { snapshot } from './TestNetwork.ts';

/** What a step of the script writes: votes and payments more often than new plans and ends. */
const minute = 60_000;

const kinds = [
  'propose',
  'pledge',
  'pledge',
  'grant',
  'vote',
  'vote',
  'vote',
  'close',
  'pay',
  'pay',
  'pay',
  'end',
  'wait',
  'wait',
] as const;

/** A history from a script: every entry signed for real. */
function script(steps: readonly [number, number, number, number][]) {
  const { network, anna, bram, cor, dirk, eva } = neighbourhood();
  const people = [anna, bram, cor, dirk, eva];
  // One plan to start with, guided by two, with two pledges and two yeses; the script may propose more.
  const first = propose(network, anna, {
    guides: [anna, bram],
    voteEnd: network.clock + 10 * minute,
    doneBy: network.clock + 40 * minute,
  });
  pledge(network, bram, first, 60);
  pledge(network, cor, first, 45);
  vote(network, cor, first, true);
  vote(network, dirk, first, true);
  const plans: { entry: SignedEntry; guides: Identity[] }[] = [{ entry: first, guides: [anna, bram] }];
  for (const [kind, a, b, c] of steps) {
    const one = people[a % people.length] as Identity;
    const other = people[b % people.length] as Identity;
    const target = plans[c % Math.max(1, plans.length)];
    // Mostly a guide, sometimes anyone: refused entries belong in the history too.
    const guide = target && c % 4 !== 0 ? (target.guides[a % target.guides.length] as Identity) : one;
    // Now and then written without seeing what came before: concurrent with it.
    const seen = b % 5 === 0 ? { seen: [] } : {};
    switch (kinds[kind % kinds.length]) {
      case 'propose': {
        const guides = a === b ? [one] : [one, other];
        plans.push({
          entry: propose(network, one, {
            guides,
            voteEnd: network.clock + 10 * minute,
            doneBy: network.clock + 40 * minute,
          }),
          guides,
        });
        break;
      }
      case 'pledge':
        if (target) pledge(network, one, target.entry, 15 + (c % 60));
        break;
      case 'grant':
        if (target) grant(network, target.entry, 30 + (c % 90));
        break;
      case 'vote':
        if (target) vote(network, one, target.entry, c % 3 !== 0, seen);
        break;
      case 'close':
        if (target) close(network, guide, target.entry, seen);
        break;
      case 'pay':
        if (target) pay(network, guide, target.entry, other, 10 + (c % 90));
        break;
      case 'end':
        if (target && c % 3 === 0) end(network, guide, target.entry, seen);
        break;
      default:
        network.tick(5 * minute);
    }
  }
  return { network, people };
}

const steps = fc.array(fc.tuple(fc.nat(), fc.nat(4), fc.nat(4), fc.nat()), { minLength: 8, maxLength: 30 });

function plansOf(state: NetworkState) {
  return [...state.plans.values()]
    .map((plan) => [plan.id, plan.outcome.status, plan.outcome.account, plan.outcome.paid] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

describe('plans: order and duplication do not change anything', () => {
  it('any permutation with copies, derived at once or entry by entry, gives the same state; all sums to zero', async () => {
    await fc.assert(
      fc.asyncProperty(steps, fc.integer(), async (plan, seed) => {
        const { network, people } = script(plan);
        const reference = await network.state();
        expect(total(reference)).toBe(0);
        const order = scramble(network.entries, seed);
        const scrambled = await network.state(order);
        const ledger = new Ledger(network.netId, { now: () => network.clock + 1000 });
        for (const one of network.records(order)) await ledger.add([one]);
        // Authority entries first, so that plans and pledges are then applied in place, one by one.
        const inPlace = new Ledger(network.netId, { now: () => network.clock + 1000 });
        const authorityFirst = [
          ...order.filter((e) => authorityTypes.has(e.entry.type)),
          ...order.filter((e) => !authorityTypes.has(e.entry.type)),
        ];
        for (const one of network.records(authorityFirst)) await inPlace.add([one]);
        for (const state of [scrambled, ledger.state, inPlace.state]) {
          expect(moved(state, ...people)).toEqual(moved(reference, ...people));
          expect(plansOf(state)).toEqual(plansOf(reference));
          expect(snapshot(state)).toEqual(snapshot(reference));
          expect(total(state)).toBe(0);
        }
      }),
      { numRuns: 40 },
    );
  }, 600_000);
});
