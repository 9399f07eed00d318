// A coordinator who held the role at `until` and loses it before signing (revoked, or by a
// false checkpoint of their own) does not leave a quorum-2 network without checkpoints: the
// successor the honest coordinator appoints countersigns with them (one signer who held a
// role at `until` is enough, docs/protocol.md §4.8 counting rule 1). Found by a review.
import { describe, expect, it } from 'vitest';
import { CheckpointBook } from '../../../../src/core/checkpoint/CheckpointBook.ts';
import { TestNetwork } from '../TestNetwork.ts';
import { ledgerOf, Pages, turn } from './archiveTurns.ts';
import { day } from './histories.ts';

describe('a coordinator at `until` who loses the role before signing', () => {
  it('does not stop checkpoints for good once the honest one appoints a second signer', async () => {
    const network = new TestNetwork();
    const carla = network.member('Carla');
    network.grant(carla);
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    network.transfer(anna, bram, 30);
    network.tick(120 * day); // the quarter to March 31 is due; Carla held the role then
    network.write(network.founder, 'revoke-role', { member: carla.signing.publicKey, role: 'coordinator' });
    const dirk = network.member('Dirk');
    network.grant(dirk); // the second signer the honest coordinator appoints (protocol.md §4.8)
    const pages = new Pages();
    const founder = new CheckpointBook(network.netId);
    const dirks = new CheckpointBook(network.netId);
    // Two quarters of turns.
    for (let quarter = 0; quarter < 2; quarter++) {
      for (let round = 0; round < 4; round++) {
        await turn(network, pages, network.founder, founder);
        await turn(network, pages, dirk, dirks);
      }
      network.tick(92 * day);
    }
    const ledger = await ledgerOf(network);
    await founder.review(ledger.state, ledger.held, pages.lookup);
    expect(founder.counting(ledger.state.devices).length).toBeGreaterThan(0);
  });
});
