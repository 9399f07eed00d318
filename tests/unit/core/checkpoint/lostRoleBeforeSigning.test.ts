// A coordinator who held the role at `until` and loses it before signing (revoked, or by a
// false checkpoint of their own) does not leave a quorum-2 network without checkpoints: the
// successor the honest coordinator appoints countersigns with them (one signer who held a
// role at `until` is enough, docs/protocol.md §4.8 counting rule 1). Found by a review.
import { describe, expect, it } from 'vitest';
import { CheckpointBook, type PageLookup } from '../../../../src/core/checkpoint/CheckpointBook.ts';
import { hash } from '../../../../src/core/crypto/hash.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { Identity } from '../../../../src/core/Identity.ts';
import { Ledger } from '../../../../src/core/Ledger.ts';
import { keyOf, TestNetwork } from '../TestNetwork.ts';
import { day } from './histories.ts';

class Pages {
  readonly map = new Map<string, Uint8Array>();
  put(values: readonly Uint8Array[]): void {
    for (const value of values) this.map.set(toBase64Url(hash(value)), value);
  }
  lookup: PageLookup = (key) => this.map.get(key);
}
async function ledgerOf(network: TestNetwork): Promise<Ledger> {
  const ledger = new Ledger(network.netId, { now: () => network.clock + 1000 });
  await ledger.add(network.records());
  return ledger;
}
async function turn(network: TestNetwork, pages: Pages, author: Identity, book: CheckpointBook) {
  const ledger = await ledgerOf(network);
  await book.review(ledger.state, ledger.held, pages.lookup);
  const due = await book.due(ledger.state, keyOf(author), ledger.held, network.clock);
  if (due?.kind === 'propose') pages.put([due.built.summary, ...due.built.pages]);
  if (due) network.write(author, due.kind === 'notice' ? 'false-checkpoint' : 'checkpoint', due.body as never);
  return due;
}

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
