// Shared plans (docs/protocol-together.md §3): pledges, grants, one member one vote, the
// close that decides, payments that must fit, and what goes back. Hostile entries beside
// the happy ones: votes twice, late, from outside; closes too early or twice; payments past
// what came in or after the end.
import { describe, expect, it } from 'vitest';
import type { SignedEntry } from '../../../src/core/entry/Entry.ts';
import type { NetworkState } from '../../../src/core/state/NetworkState.ts';
import {
  close,
  day,
  end,
  grant,
  hour,
  moved,
  neighbourhood,
  pastVoteEnd,
  pay,
  pledge,
  propose,
  total,
  vote,
} from './planHistories.ts';
import { idOf } from './TestNetwork.ts';

const reason = (state: NetworkState, entry: SignedEntry) => state.rejected.get(idOf(entry))?.reason;
const planOf = (state: NetworkState, plan: SignedEntry) => state.plans.get(idOf(plan));

describe('a plan accepted, paid and ended', () => {
  it('pledges move at once; a helper is paid; what is left goes back by share', async () => {
    const { network, anna, bram, cor, dirk, eva } = neighbourhood();
    const plan = propose(network, anna);
    pledge(network, bram, plan, 60);
    pledge(network, cor, plan, 60);
    let state = await network.state();
    expect(moved(state, bram, cor)).toEqual([-60, -60]);
    expect(planOf(state, plan)?.outcome.account).toBe(120);
    for (const who of [bram, cor, dirk]) vote(network, who, plan, true);
    pastVoteEnd(network);
    close(network, anna, plan);
    pay(network, anna, plan, eva, 90);
    state = await network.state();
    expect(planOf(state, plan)?.outcome.status).toBe('accepted');
    expect(planOf(state, plan)?.outcome.decision).toMatchObject({ yes: 3, cast: 3, allowed: 6 });
    expect(moved(state, bram, cor, eva)).toEqual([-60, -60, 90]);
    end(network, anna, plan);
    state = await network.state();
    expect(planOf(state, plan)?.outcome.status).toBe('ended');
    expect(moved(state, bram, cor, eva)).toEqual([-45, -45, 90]);
    expect(planOf(state, plan)?.outcome.account).toBe(0);
    expect(total(state)).toBe(0);
  });

  it('a grant from the pot shares in what goes back; the remainder goes to the pot', async () => {
    const { network, anna, bram, cor, eva } = neighbourhood();
    const plan = propose(network, anna);
    pledge(network, bram, plan, 50);
    grant(network, plan, 100);
    vote(network, bram, plan, true);
    vote(network, cor, plan, true);
    const potBefore = (await network.state()).pot; // after the grant
    pastVoteEnd(network);
    close(network, anna, plan);
    pay(network, anna, plan, eva, 10);
    end(network, anna, plan);
    const state = await network.state();
    // 140 left of 150: Bram ⌊140 × 50 / 150⌋ = 46, the pot ⌊140 × 100 / 150⌋ = 93, and 1 more.
    expect(moved(state, bram, eva)).toEqual([-4, 10]);
    expect(state.pot - potBefore).toBe(94);
    expect(total(state)).toBe(0);
  });

  it('a rejected plan returns every pledge and every grant, at once', async () => {
    const { network, anna, bram, cor, dirk } = neighbourhood();
    const potBefore = (await network.state()).pot;
    const plan = propose(network, anna);
    pledge(network, bram, plan, 60);
    pledge(network, bram, plan, 30);
    pledge(network, cor, plan, 45);
    grant(network, plan, 200);
    vote(network, bram, plan, true);
    vote(network, cor, plan, false);
    vote(network, dirk, plan, false);
    pastVoteEnd(network);
    close(network, anna, plan);
    const state = await network.state();
    expect(planOf(state, plan)?.outcome.status).toBe('rejected');
    expect(moved(state, bram, cor)).toEqual([0, 0]);
    expect(state.pot).toBe(potBefore);
    expect(planOf(state, plan)?.outcome.account).toBe(0);
    expect(total(state)).toBe(0);
  });

  it('too few votes (under the quorum) or half yes is rejected', async () => {
    const { network, anna, bram, cor } = neighbourhood();
    const few = propose(network, anna);
    const half = propose(network, anna);
    vote(network, bram, few, true); // 1 of 6 members: under 20 %
    vote(network, bram, half, true);
    vote(network, cor, half, false);
    pastVoteEnd(network);
    close(network, anna, few);
    close(network, anna, half);
    const state = await network.state();
    expect(planOf(state, few)?.outcome.decision).toMatchObject({ accepted: false, yes: 1, cast: 1 });
    expect(planOf(state, half)?.outcome.decision).toMatchObject({ accepted: false, yes: 1, cast: 2 });
  });
});

describe('votes', () => {
  it('voting twice: the latest in the close’s causal past counts, a later one does not', async () => {
    const { network, anna, bram, cor } = neighbourhood();
    const plan = propose(network, anna);
    vote(network, cor, plan, true);
    vote(network, bram, plan, false);
    const yes = vote(network, bram, plan, true);
    const no = vote(network, bram, plan, false);
    pastVoteEnd(network);
    // The close had seen Bram's yes but not the no he wrote after it.
    const decided = close(network, anna, plan, { seen: [yes] });
    const state = await network.state();
    expect(planOf(state, plan)?.outcome.decision).toMatchObject({ close: idOf(decided), yes: 2, cast: 2 });
    expect(reason(state, no)).toBe('plan-closed');
    expect(reason(state, yes)).toBeUndefined();
  });

  it('a vote written after the close never counts, whatever time it claims', async () => {
    const { network, anna, bram, cor, dirk } = neighbourhood();
    const plan = propose(network, anna);
    const voteEnd = network.clock + day;
    vote(network, bram, plan, false);
    pastVoteEnd(network);
    close(network, anna, plan);
    const late = [cor, dirk].map((who) => vote(network, who, plan, true, { time: voteEnd - hour }));
    const state = await network.state();
    expect(planOf(state, plan)?.outcome.decision).toMatchObject({ accepted: false, yes: 0, cast: 1 });
    for (const one of late) expect(reason(state, one)).toBe('plan-closed');
  });

  it('a vote dated after voteEnd does not count', async () => {
    const { network, anna, bram } = neighbourhood();
    const plan = propose(network, anna);
    pastVoteEnd(network);
    const late = vote(network, bram, plan, true);
    close(network, anna, plan);
    const state = await network.state();
    expect(reason(state, late)).toBe('plan-closed');
    expect(planOf(state, plan)?.outcome.decision?.cast).toBe(0);
  });

  it('a vote by someone who is not a member is not-member; outside the circle not-party; a kiosk not-party', async () => {
    const { network, anna, bram, cor, dirk, eva } = neighbourhood();
    const kiosk = network.member('Kiosk');
    network.grant(kiosk, 'kiosk');
    const outsider = network.join('Zef').identity;
    const plan = propose(network, anna, { circle: [anna, bram, cor] });
    const stranger = vote(network, outsider, plan, true);
    const notInCircle = vote(network, dirk, plan, true);
    const fromKiosk = vote(network, kiosk, plan, true);
    const inside = vote(network, bram, plan, true);
    const suspended = network.member('Fien');
    const beforeSuspension = vote(network, suspended, plan, true);
    network.suspend(suspended);
    const afterSuspension = vote(network, suspended, plan, true);
    const state = await network.state();
    expect(reason(state, stranger)).toBe('not-member');
    expect(reason(state, notInCircle)).toBe('not-party');
    expect(reason(state, fromKiosk)).toBe('not-party');
    expect(reason(state, inside)).toBeUndefined();
    expect(reason(state, beforeSuspension)).toBe('not-party'); // not in the circle either
    expect(reason(state, afterSuspension)).toBe('suspended');
    void eva;
  });

  it('in a circle only its members pledge, and the quorum is of the circle', async () => {
    const { network, anna, bram, cor, dirk } = neighbourhood();
    const plan = propose(network, anna, { circle: [anna, bram, cor] });
    const outside = pledge(network, dirk, plan, 30);
    pledge(network, bram, plan, 30);
    vote(network, bram, plan, true);
    pastVoteEnd(network);
    close(network, anna, plan);
    const state = await network.state();
    expect(reason(state, outside)).toBe('not-party');
    expect(planOf(state, plan)?.outcome.decision).toMatchObject({ accepted: true, allowed: 3, cast: 1 });
  });

  it('a circle must hold its guides', async () => {
    const { network, anna, bram, cor, dirk } = neighbourhood();
    const plan = propose(network, anna, { circle: [bram, cor, dirk] });
    expect(reason(await network.state(), plan)).toBe('mismatch');
  });
});

describe('closing', () => {
  it('a close before voteEnd is too-early; a second close already-decided; a non-guide not-party', async () => {
    const { network, anna, bram, cor } = neighbourhood();
    const plan = propose(network, anna);
    vote(network, bram, plan, true);
    const early = close(network, anna, plan);
    pastVoteEnd(network);
    const byMember = close(network, cor, plan);
    const first = close(network, anna, plan);
    const second = close(network, network.founder, plan);
    const state = await network.state();
    expect(reason(state, early)).toBe('too-early');
    expect(reason(state, byMember)).toBe('not-party');
    expect(reason(state, first)).toBeUndefined();
    expect(reason(state, second)).toBe('already-decided');
    expect(planOf(state, plan)?.outcome.decision?.close).toBe(idOf(first));
  });

  it('a coordinator may close a plan it does not guide', async () => {
    const { network, anna, bram, cor } = neighbourhood();
    const plan = propose(network, anna);
    vote(network, bram, plan, true);
    vote(network, cor, plan, true);
    pastVoteEnd(network);
    const byCoordinator = close(network, network.founder, plan);
    const state = await network.state();
    expect(reason(state, byCoordinator)).toBeUndefined();
    expect(planOf(state, plan)?.outcome.status).toBe('accepted');
  });
});

describe('paying', () => {
  function accepted() {
    const hood = neighbourhood();
    const { network, anna, bram, cor } = hood;
    const plan = propose(network, anna);
    pledge(network, bram, plan, 60);
    pledge(network, cor, plan, 30);
    vote(network, bram, plan, true);
    vote(network, cor, plan, true);
    return { ...hood, plan };
  }

  it('a payment before the close is too-early; by someone not a guide not-party; to a non-member unknown-member', async () => {
    const { network, anna, bram, eva, plan } = accepted();
    const early = pay(network, anna, plan, eva, 30);
    pastVoteEnd(network);
    close(network, anna, plan);
    const notGuide = pay(network, bram, plan, eva, 30);
    const outsider = network.join('Zef').identity;
    const toOutsider = pay(network, anna, plan, outsider, 30);
    const state = await network.state();
    expect(reason(state, early)).toBe('too-early');
    expect(reason(state, notGuide)).toBe('not-party');
    expect(reason(state, toOutsider)).toBe('unknown-member');
    expect(moved(state, eva)).toEqual([0]);
  });

  it('a payment past what the plan collected is over-plan; the ones that fit are paid', async () => {
    const { network, anna, eva, dirk, plan } = accepted();
    pastVoteEnd(network);
    close(network, anna, plan);
    const first = pay(network, anna, plan, eva, 60);
    const tooMuch = pay(network, anna, plan, dirk, 31);
    const fits = pay(network, anna, plan, dirk, 30);
    const state = await network.state();
    expect(reason(state, first)).toBeUndefined();
    expect(reason(state, tooMuch)).toBe('over-plan');
    expect(reason(state, fits)).toBeUndefined();
    expect(moved(state, eva, dirk)).toEqual([60, 30]);
    expect(planOf(state, plan)?.outcome.account).toBe(0);
    expect(total(state)).toBe(0);
  });

  it('a payment after plan-end is plan-closed, and so is a grant; a pledge dated after it does not count', async () => {
    const { network, anna, bram, eva, plan } = accepted();
    pastVoteEnd(network);
    close(network, anna, plan);
    pay(network, anna, plan, eva, 30);
    end(network, anna, plan);
    const after = pay(network, anna, plan, eva, 30);
    const grantAfter = grant(network, plan, 60);
    const pledgeAfter = pledge(network, bram, plan, 60);
    const state = await network.state();
    expect(reason(state, after)).toBe('plan-closed');
    expect(reason(state, grantAfter)).toBe('plan-closed');
    expect(reason(state, pledgeAfter)).toBe('plan-closed');
    // 60 left of 90: Bram gets 40 of his 60 back, Cor 20 of 30.
    expect(moved(state, bram, eva)).toEqual([-20, 30]);
    expect(total(state)).toBe(0);
  });
});
