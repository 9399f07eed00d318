// Review of #19 (outside): docs/protocol.md §6.1 says the joining device counts P = the
// pending joins it sees in the lobby "whatever time they claim (a flood that backdates its
// claims must not lower the newcomer's price below the coordinator's bar)". The lobby view's
// load counts only joins claiming a time in the last 7 days, and the coordinator's list is
// "long" (paid requests first) only by that load: a flood dated 8 days back, arriving after a
// newcomer, leaves the list short and goes above her, at the flat base price.
import { describe, expect, it } from 'vitest';
import { newIdentity } from '../../../src/core/Identity.ts';
import { joinWorkFor } from '../../../src/core/joinWork.ts';
import { lobbyView } from '../../../src/core/lobby.ts';
import { orderRequests } from '../../../src/core/requestOrder.ts';
import { idOf, TestNetwork } from './TestNetwork.ts';

const day = 24 * 60 * 60 * 1000;

describe('a flood that backdates its claims by more than a week', () => {
  it('counts in the lobby load, whatever time it claims', async () => {
    const network = new TestNetwork({ joinWork: 4 });
    const flood = Array.from(
      { length: 64 },
      (_, i) => network.join(`Buur ${i}`, newIdentity(), { time: network.clock - 8 * day }).join,
    );
    const ledger = await network.ledger([network.genesis, ...flood]);
    const lobby = lobbyView(network.netId, ledger.entries(), network.clock);
    expect(lobby.pending).toHaveLength(64);
    // Correct: 64 (the newcomer then pays 4 + 1 bits). Now: 0, and she pays the base.
    expect(lobby.load).toBe(64);
    expect(joinWorkFor(4, lobby.load)).toBe(5);
  }, 60_000);

  it('a newcomer who paid the price she saw stays above a later flood dated 8 days back', async () => {
    const network = new TestNetwork({ joinWork: 4 });
    const { join: nina } = network.join('Nina');
    const arrivals = new Map([[idOf(nina), network.clock]]);
    const flood = Array.from({ length: 64 }, (_, i) => {
      const { join } = network.join(`Buur ${i}`, newIdentity(), { time: network.clock - 8 * day });
      arrivals.set(idOf(join), network.tick());
      return join;
    });
    const ledger = await network.ledger([network.genesis, nina, ...flood]);
    const lobby = lobbyView(network.netId, ledger.entries(), network.clock);
    const order = orderRequests(lobby.pending, {
      base: 4,
      load: lobby.load,
      arrivals,
      now: network.clock,
    }).map((r) => r.id);
    // Correct: the backdated flood "pays nothing" (requestOrder.ts) and sits below her. Now:
    // the load is 1, the list is short, and all 64 arrived later, so they are above her.
    expect(order.indexOf(idOf(nina))).toBe(0);
  }, 60_000);
});
