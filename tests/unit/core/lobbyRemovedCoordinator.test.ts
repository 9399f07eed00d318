// Review of #19 (outside), set-aside against a removed coordinator: the lobby trusts a
// `set-aside` by anyone it knows as a coordinator (from grant-role entries), and it knows no
// removal, even when the revoke-role is right there among its entries. A coordinator whose
// role was taken away keeps writing set-asides (each reaches 10 minutes past its own time);
// every newcomer's request is then shown as set aside to the newcomer, and left out of every
// honest coordinator's list (which is the lobby view's `pending`): one entry every few
// minutes hides every newcomer from the coordinators. (An answer by a removed coordinator,
// backdated so it is "first", does the same to one join; that was so in version 2.)
import { describe, expect, it } from 'vitest';
import { lobbyView } from '../../../src/core/lobby.ts';
import { idOf, keyOf, TestNetwork } from './TestNetwork.ts';

describe('a coordinator whose role was revoked, in the lobby', () => {
  it("cannot set a newcomer's request aside after the revoke-role", async () => {
    const network = new TestNetwork({ joinWork: 4 });
    const { identity: fatima, join: fatimaJoin } = network.join('Fatima');
    const admit = network.admit(fatima, fatimaJoin);
    const grant = network.grant(fatima);
    const revoke = network.write(network.founder, 'revoke-role', {
      member: fatima.signing.publicKey,
      role: 'coordinator',
    });
    const { identity: nina, join: ninaJoin } = network.join('Nina');
    const setAside = network.write(fatima, 'set-aside', { before: network.clock + 60_000 });
    const entries = [network.genesis, fatimaJoin, admit, grant, revoke, ninaJoin, setAside];
    const ledger = await network.ledger(entries);
    const lobby = lobbyView(network.netId, ledger.entries(), network.clock);
    // Correct: Nina waits for an answer, in the founder's list. Now: set aside by Fatima.
    expect(lobby.statusOf(keyOf(nina))).toEqual({ kind: 'pending', joinId: idOf(ninaJoin) });
    expect(lobby.pending.map((r) => r.id)).toContain(idOf(ninaJoin));
  });
});
