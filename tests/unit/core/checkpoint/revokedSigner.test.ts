// A checkpoint signature concurrent with the revocation of its signer's role never counts
// (§4.4 rule 5), on a device that saw it applied before the revocation arrived as on one
// that got both at once: the book forgets a signature the state now refuses. Found by a review.
import { describe, expect, it } from 'vitest';
import { CheckpointBook } from '../../../../src/core/checkpoint/CheckpointBook.ts';
import { checkpointSummary } from '../../../../src/core/checkpoint/summary.ts';
import { idOf, TestNetwork } from '../TestNetwork.ts';
import { ledgerOf, Pages } from './archiveTurns.ts';
import { verified } from './checkpointing.ts';
import { day } from './histories.ts';

describe('a signature concurrent with its signer’s revocation', () => {
  it('counts on no device, whichever order the entries arrived in', async () => {
    const network = new TestNetwork();
    const carla = network.member('Carla');
    network.grant(carla);
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    network.transfer(anna, bram, 30);
    const until = network.clock;
    network.tick(31 * day);
    const first = checkpointSummary(network.netId, { part: 1, after: null, until }, verified(network.entries));
    const pages = new Pages();
    pages.put([first.summary, ...first.pages]);
    const before = network.frontier();
    const signature = network.write(carla, 'checkpoint', { part: 1, after: null, summary: first.hash });
    // The founder revokes Carla, not having seen her signature: the two are concurrent.
    const revoke = network.write(
      network.founder,
      'revoke-role',
      { member: carla.signing.publicKey, role: 'coordinator' },
      { seen: before },
    );
    network.write(network.founder, 'checkpoint', { part: 1, after: null, summary: first.hash });

    const all = await ledgerOf(network);
    expect(all.state.applied.has(idOf(signature))).toBe(false); // rule 5: never counts

    // Device 1 got Carla's signature first, the revocation later.
    const early = new CheckpointBook(network.netId);
    const withoutRevoke = await ledgerOf(
      network,
      network.entries.filter((e) => idOf(e) !== idOf(revoke)),
    );
    await early.review(withoutRevoke.state, withoutRevoke.held, pages.lookup);
    await early.review(all.state, all.held, pages.lookup);
    // Device 2 got everything at once.
    const late = new CheckpointBook(network.netId);
    await late.review(all.state, all.held, pages.lookup);

    expect(late.counting(all.state.devices)).toEqual([]);
    expect(early.counting(all.state.devices)).toEqual(late.counting(all.state.devices));
  });
});
