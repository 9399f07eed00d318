// The network's policy (docs/protocol.md §3.4): the defaults until the first `policy` entry,
// then the latest in causal order, like `settings`. Hostile entries beside the happy ones: a
// member's policy, fields out of range, a removed coordinator's policy, two coordinators at
// once, and a policy that tries to change a plan already decided.
import { describe, expect, it } from 'vitest';
import { defaultPolicy, type Policy } from '../../../src/core/entry/bodies.ts';
import { checkBody } from '../../../src/core/entry/checkBody.ts';
import type { SignedEntry } from '../../../src/core/entry/Entry.ts';
import { readEntry } from '../../../src/core/entry/readEntry.ts';
import type { Identity } from '../../../src/core/Identity.ts';
import { close, neighbourhood, pastVoteEnd, propose, vote } from './planHistories.ts';
import { scramble } from './scenarios.ts';
import { idOf, TestNetwork } from './TestNetwork.ts';

const policy = (network: TestNetwork, by: Identity, fields: Partial<Policy> = {}, seen?: SignedEntry[]) =>
  network.write(by, 'policy', { ...defaultPolicy, ...fields }, seen ? { seen } : {});

describe('the policy', () => {
  it('holds the defaults before any policy entry; a coordinator replaces it whole', async () => {
    const network = new TestNetwork();
    expect((await network.state()).policy).toEqual(defaultPolicy);
    const change = policy(network, network.founder, { voteShare: 66, activityPay: 'both', shareAcross: false });
    const state = await network.state();
    expect(state.policy).toEqual({ ...defaultPolicy, voteShare: 66, activityPay: 'both', shareAcross: false });
    expect(state.policyChanged.map((c) => c.id)).toEqual([idOf(change)]);
  });

  it("a member's policy is not-coordinator and changes nothing", async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const byAnna = policy(network, anna, { voteShare: 99, voteQuorum: 0 });
    const state = await network.state();
    expect(state.rejected.get(idOf(byAnna))?.reason).toBe('not-coordinator');
    expect(state.policy).toEqual(defaultPolicy);
  });

  it('every field out of its range is malformed, on the wire too', async () => {
    const wrong: [keyof Policy, unknown][] = [
      ['retention', 6],
      ['retention', 366],
      ['checkpointQuorum', 0],
      ['checkpointQuorum', 6],
      ['voteShare', 49],
      ['voteShare', 100],
      ['voteShare', 66.5],
      ['voteQuorum', -1],
      ['voteQuorum', 101],
      ['activityPay', 'nobody'],
      ['shareAcross', 'yes'],
    ];
    for (const [field, value] of wrong) {
      expect(checkBody('policy', { ...defaultPolicy, [field]: value, seen: [] }), `${field} ${value}`).toMatchObject({
        field,
      });
    }
    const { retention: _gone, ...missing } = defaultPolicy;
    expect(checkBody('policy', { ...missing, seen: [] } as never)).not.toBeNull();
    const network = new TestNetwork();
    const bad = network.write(network.founder, 'policy', { ...defaultPolicy, voteShare: 100 } as never);
    const read = await readEntry(network.net, idOf(bad), bad.bytes);
    expect(read.ok ? null : read.problem).toBe('malformed');
    // The edges themselves are fine.
    for (const edge of [
      { retention: 7, checkpointQuorum: 1, voteShare: 50, voteQuorum: 0 },
      { retention: 365, checkpointQuorum: 5, voteShare: 99, voteQuorum: 100 },
    ]) {
      expect(checkBody('policy', { ...defaultPolicy, ...edge, seen: [] })).toBeNull();
    }
  });
});

describe('a removed coordinator and the policy, in causal order', () => {
  it("a suspended coordinator's policy that had not seen its suspension never counts, backdated or not; its earlier one stands", async () => {
    const network = new TestNetwork();
    const carla = network.member('Carla');
    network.grant(carla);
    const earlier = policy(network, carla, { voteShare: 60 });
    const carlaKnew = network.frontier();
    const suspension = network.suspend(carla);
    const late = network.write(
      carla,
      'policy',
      { ...defaultPolicy, voteShare: 99, voteQuorum: 0 },
      { seen: carlaKnew, time: suspension.entry.time - 86_400_000 },
    );
    for (const seed of [1, 2, 3]) {
      const state = await network.state(scramble(network.entries, seed));
      expect(state.rejected.get(idOf(late))?.reason).toBe('suspended');
      expect(state.applied.has(idOf(earlier))).toBe(true);
      expect(state.policy.voteShare).toBe(60);
    }
  });

  it('a coordinator whose role was revoked writes a policy after seeing it: not-coordinator', async () => {
    const network = new TestNetwork();
    const carla = network.member('Carla');
    network.grant(carla);
    network.write(network.founder, 'revoke-role', { member: carla.signing.publicKey, role: 'coordinator' });
    const after = policy(network, carla, { voteQuorum: 0 });
    const state = await network.state();
    expect(state.rejected.get(idOf(after))?.reason).toBe('not-coordinator');
    expect(state.policy).toEqual(defaultPolicy);
  });
});

describe('two coordinators change the policy at once', () => {
  it('the tie rule of settings decides: the same winner, whatever order the entries arrive in', async () => {
    const network = new TestNetwork();
    const carla = network.member('Carla');
    network.grant(carla);
    const both = network.frontier();
    const founders = policy(network, network.founder, { voteShare: 70 }, both);
    const carlas = policy(network, carla, { voteShare: 80 }, both);
    const foundersSettings = network.write(
      network.founder,
      'settings',
      { ...(await network.state()).network, rules: 'Van de oprichter.' } as never,
      { seen: [...both, founders] },
    );
    const carlasSettings = network.write(
      carla,
      'settings',
      { ...(await network.state()).network, rules: 'Van Carla.' } as never,
      { seen: [...both, carlas] },
    );
    const outcomes = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5]) {
      const state = await network.state(scramble(network.entries, seed));
      expect(state.applied.has(idOf(founders)) && state.applied.has(idOf(carlas))).toBe(true);
      expect(state.applied.has(idOf(foundersSettings)) && state.applied.has(idOf(carlasSettings))).toBe(true);
      const policyWinner = state.policyChanged.at(-1)?.by;
      const settingsWinner = state.settingsChanged.at(-1)?.by;
      expect(policyWinner).toBe(settingsWinner);
      outcomes.add(`${state.policy.voteShare} ${state.network?.rules}`);
    }
    // The founder is senior: its act is judged first, so the later one in causal order is Carla's.
    expect([...outcomes]).toEqual(['80 Van Carla.']);
  });
});

describe('a plan is judged by the policy in force at its close', () => {
  /** Two yes and one no of six allowed: 67 % yes, half voting. */
  function votedPlan() {
    const hood = neighbourhood();
    const { network, anna, bram, cor, dirk } = hood;
    const plan = propose(network, anna);
    vote(network, bram, plan, true);
    vote(network, cor, plan, true);
    vote(network, dirk, plan, false);
    pastVoteEnd(network);
    return { ...hood, plan };
  }

  it('a policy written after the close does not change its outcome', async () => {
    const { network, anna, plan } = votedPlan();
    close(network, anna, plan);
    const stricter = policy(network, network.founder, { voteShare: 75, voteQuorum: 60 });
    const state = await network.state();
    expect(state.applied.has(idOf(stricter))).toBe(true);
    expect(state.policy.voteShare).toBe(75);
    const outcome = state.plans.get(idOf(plan))?.outcome;
    expect(outcome?.status).toBe('accepted');
    expect(outcome?.decision).toMatchObject({ yes: 2, cast: 3, allowed: 6, voteShare: 50, voteQuorum: 20 });
  });

  it('a policy in force before the close decides it: a higher share or quorum rejects the same votes', async () => {
    for (const stricter of [{ voteShare: 67 }, { voteQuorum: 51 }]) {
      const { network, anna, plan } = votedPlan();
      policy(network, network.founder, stricter);
      close(network, anna, plan);
      const outcome = (await network.state()).plans.get(idOf(plan))?.outcome;
      expect(outcome?.status, JSON.stringify(stricter)).toBe('rejected');
      expect(outcome?.decision).toMatchObject({ voteShare: 50, voteQuorum: 20, ...stricter, yes: 2, cast: 3 });
    }
  });
});
