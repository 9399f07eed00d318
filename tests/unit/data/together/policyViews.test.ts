// What members see of the policy and of a circle (docs/protocol.md §3.4, protocol-together
// §1 and §3): the plans page's rule is the policy's, the activity form proposes its
// activityPay, and a circle plan offers pledging and voting to its members only.
import { describe, expect, it } from 'vitest';
import { defaultPolicy, type EntryType } from '../../../../src/core/entry/bodies.ts';
import type { Identity } from '../../../../src/core/Identity.ts';
import type { BodyInput } from '../../../../src/core/Ledger.ts';
import type { NetworkState } from '../../../../src/core/state/NetworkState.ts';
import type { SessionView } from '../../../../src/data/session/index.ts';
import { agendaAt, PlanCommands, plansOf } from '../../../../src/data/together/index.ts';
import { keyOf, TestNetwork } from '../../core/TestNetwork.ts';

const day = 24 * 60 * 60 * 1000;
const viewOf = (state: NetworkState, who: Identity) => ({ memberState: state, memberKey: keyOf(who) }) as SessionView;

describe('the policy where members meet it', () => {
  it('the plans page shows the vote rule of the policy now; the activity form proposes its activityPay', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    let state = await network.state();
    expect(plansOf(viewOf(state, anna))).toMatchObject({ voteShare: 50, voteQuorum: 20 });
    expect(agendaAt(network.clock)(viewOf(state, anna))?.proposedPay).toBe('participants');
    network.write(network.founder, 'policy', { ...defaultPolicy, voteShare: 66, voteQuorum: 30, activityPay: 'both' });
    state = await network.state();
    expect(plansOf(viewOf(state, anna))).toMatchObject({ voteShare: 66, voteQuorum: 30 });
    expect(agendaAt(network.clock)(viewOf(state, anna))?.proposedPay).toBe('both');
  });
});

describe('a circle plan', () => {
  it('is written with the proposer in its circle; only its members may take part', async () => {
    const network = new TestNetwork();
    const [anna, bram, cor, dirk] = ['Anna', 'Bram', 'Cor', 'Dirk'].map((name) => network.member(name)) as [
      Identity,
      Identity,
      Identity,
      Identity,
    ];
    let state = await network.state();
    const commands = new PlanCommands({
      get memberState() {
        return state;
      },
      memberKey: keyOf(anna),
      async write<T extends EntryType>(type: T, body: BodyInput<T>) {
        const entry = network.write(anna, type, body);
        state = await network.state();
        return { ok: true as const, entry, id: keyOf(anna) };
      },
    });
    const result = await commands.propose({
      title: 'Moestuin',
      text: '',
      minutes: 600,
      voteEnd: network.clock + day,
      doneBy: network.clock + 30 * day,
      guides: [keyOf(anna), keyOf(bram)],
      circle: [keyOf(anna), keyOf(bram), keyOf(cor)],
    });
    expect(result.ok).toBe(true);
    const [plan] = [...state.plans.values()];
    expect(plan?.circle).toHaveLength(3);
    const lineFor = (who: Identity) => plansOf(viewOf(state, who))?.plans[0];
    expect(lineFor(cor)).toMatchObject({ mayTakePart: true, circle: plan?.circle });
    expect(lineFor(dirk)?.mayTakePart).toBe(false);
    expect(lineFor(network.founder)?.mayTakePart).toBe(false);
  });
});
