// The pot page lists what coordinators granted from the pot to shared plans beside the grants
// to members (together §3); a grant after the plan's end moved nothing and is not listed.
import { describe, expect, it } from 'vitest';
import { potOf } from '../../../../src/data/coordinator/potSelectors.ts';
import type { SessionView } from '../../../../src/data/session/SessionView.ts';
import { end, grant, neighbourhood, propose } from '../../core/planHistories.ts';
import { idOf, keyOf } from '../../core/TestNetwork.ts';

describe("the pot page's grants", () => {
  it('shows a grant to a plan, by whom and why; not one the plan no longer took', async () => {
    const { network, anna, bram, founder } = neighbourhood();
    const plan = propose(network, anna);
    const counted = grant(network, plan, 90);
    network.write(founder, 'pot-grant', { to: bram.signing.publicKey, minutes: 30, reason: 'Voor de soep' });
    end(network, anna, plan);
    network.tick();
    grant(network, plan, 60);
    const state = await network.state();
    const pot = potOf({ memberState: state, memberKey: keyOf(founder) } as SessionView);
    expect(pot?.grants.map((line) => [line.plan, line.minutes, line.reason])).toEqual([
      [null, 30, 'Voor de soep'],
      ['Een bankje bij de speeltuin', 90, 'Uit de buurtpot'],
    ]);
    expect(pot?.grants[1]?.id).toBe(idOf(counted));
    expect(pot?.grants[1]?.name).toBeNull();
  });
});
