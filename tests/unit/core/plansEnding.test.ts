// Shared plans (docs/protocol-together.md §3), ending and pledging: who may end a plan and
// when, what goes back, a pledge past the credit limit (flagged, not refused), and entries
// that wait for their plan. (plans.test.ts has votes, closes and payments.)
import { describe, expect, it } from 'vitest';
import type { SignedEntry } from '../../../src/core/entry/Entry.ts';
import { flagsOf } from '../../../src/core/state/flags.ts';
import type { NetworkState } from '../../../src/core/state/NetworkState.ts';
import {
  close,
  day,
  end,
  grant,
  moved,
  neighbourhood,
  pastVoteEnd,
  pledge,
  propose,
  total,
  vote,
} from './planHistories.ts';
import { idOf, keyOf } from './TestNetwork.ts';

const reason = (state: NetworkState, entry: SignedEntry) => state.rejected.get(idOf(entry))?.reason;

describe('ending', () => {
  it('after doneBy a member who pledged ends a plan never closed, and everything goes back', async () => {
    const { network, anna, bram, cor } = neighbourhood();
    const plan = propose(network, anna, { doneBy: network.clock + 2 * day });
    pledge(network, bram, plan, 60);
    pledge(network, cor, plan, 25);
    const tooSoon = end(network, bram, plan);
    network.tick(3 * day);
    const notPledger = end(network, network.member('Gijs'), plan);
    const byPledger = end(network, cor, plan);
    const state = await network.state();
    expect(reason(state, tooSoon)).toBe('not-party');
    expect(reason(state, notPledger)).toBe('not-party');
    expect(reason(state, byPledger)).toBeUndefined();
    expect(moved(state, bram, cor)).toEqual([0, 0]);
    expect(total(state)).toBe(0);
  });

  it('a second end is already-decided; an end of a rejected plan plan-closed', async () => {
    const { network, anna, bram } = neighbourhood();
    const plan = propose(network, anna);
    const rejected = propose(network, anna);
    vote(network, bram, rejected, false);
    pastVoteEnd(network);
    close(network, anna, rejected);
    end(network, anna, plan);
    const again = end(network, network.founder, plan);
    const ofRejected = end(network, anna, rejected);
    const state = await network.state();
    expect(reason(state, again)).toBe('already-decided');
    expect(reason(state, ofRejected)).toBe('plan-closed');
  });
});

describe('pledges and balances', () => {
  it('a pledge past the credit limit is flagged, not refused', async () => {
    const { network, anna, bram } = neighbourhood();
    const plan = propose(network, anna);
    // 120 welcome, a 600-minute credit limit: 6000 takes Bram far past it.
    const big = pledge(network, bram, plan, 6000);
    const state = await network.state();
    expect(reason(state, big)).toBeUndefined();
    expect(moved(state, bram)).toEqual([-6000]);
    expect(
      flagsOf(state, network.clock).some((flag) => flag.kind === 'over-limit' && flag.member === keyOf(bram)),
    ).toBe(true);
  });

  it('what names a plan that is not there waits for it, and counts once it comes', async () => {
    const { network, anna, bram, cor } = neighbourhood();
    const plan = propose(network, anna);
    const promised = pledge(network, bram, plan, 60);
    const voted = vote(network, cor, plan, true);
    const granted = grant(network, plan, 30);
    const without = await network.state(network.entries.filter((e) => e !== plan));
    for (const one of [promised, voted, granted]) expect(reason(without, one)).toBe('missing-ref');
    expect(total(without)).toBe(0);
    const ledger = await network.ledger(network.entries.filter((e) => e !== plan));
    await ledger.add(network.records([plan]));
    for (const one of [promised, voted, granted]) expect(reason(ledger.state, one)).toBeUndefined();
    expect(moved(ledger.state, bram)).toEqual([-60]);
    expect(ledger.state.plans.get(idOf(plan))?.outcome.account).toBe(90);
  });
});
