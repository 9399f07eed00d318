// What a coordinator's device copies into the lobby includes the removals of coordinators
// (review #19): without the revoke, the lobby keeps trusting a removed coordinator.
import { describe, expect, it } from 'vitest';
import { lobbyView } from '../../../src/core/lobby.ts';
import { lobbySeed } from '../../../src/core/lobbySeed.ts';
import { idOf, TestNetwork } from './TestNetwork.ts';

describe('lobbySeed', () => {
  it("copies a revoke of a coordinator's role, and the lobby built from the seed drops her box key", async () => {
    const network = new TestNetwork();
    const { identity: carla, join } = network.join('Carla');
    network.admit(carla, join);
    network.grant(carla);
    const state = await network.state();
    expect(lobbySeed(state)).toContain(idOf(join));
    const revoke = network.write(network.founder, 'revoke-role', {
      member: carla.signing.publicKey,
      role: 'coordinator',
    });
    const after = await network.state();
    const seed = new Set([...lobbySeed(state), ...lobbySeed(after)]);
    expect(seed.has(idOf(revoke))).toBe(true);
    const ledger = await network.ledger(network.entries.filter((signed) => seed.has(idOf(signed))));
    const view = lobbyView(network.netId, ledger.entries(), network.clock);
    expect(view.coordinatorBoxKeys.map((key) => key.join())).not.toContain(carla.box.publicKey.join());
  });
});
