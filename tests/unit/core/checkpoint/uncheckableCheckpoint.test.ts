// A checkpoint this device cannot tell for lack of an entry ('not-held') is not walked again
// at every review (after every change of the member room) until that entry is here: a
// coordinator or kiosk could otherwise sign a part 1 naming one withheld tip, reached last,
// and make every device holding F walk all of it (137k entries at four years) per change.
// Found by a review.
import { describe, expect, it } from 'vitest';
import { CheckpointBook } from '../../../../src/core/checkpoint/CheckpointBook.ts';
import { checkpointSummary } from '../../../../src/core/checkpoint/summary.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { newIdentity } from '../../../../src/core/Identity.ts';
import { Ledger } from '../../../../src/core/Ledger.ts';
import type { EntryIdText, VerifiedEntry } from '../../../../src/core/state/NetworkState.ts';
import { idOf, keyOf, TestNetwork } from '../TestNetwork.ts';
import { Pages } from './archiveTurns.ts';
import { verified } from './checkpointing.ts';
import { day } from './histories.ts';

class CountingMap extends Map<EntryIdText, VerifiedEntry> {
  gets = 0;
  override get(key: EntryIdText) {
    this.gets++;
    return super.get(key);
  }
}

describe('a checkpoint this device cannot tell', () => {
  it('is not walked down the whole of F again at every review', async () => {
    const network = new TestNetwork();
    const carla = network.member('Carla');
    network.grant(carla);
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    for (let i = 0; i < 50; i++) network.transfer(i % 2 ? anna : bram, i % 2 ? bram : anna, 10);
    const keys = network.entries.map((e) => toBase64Url(e.entry.author));
    let withheldBy = newIdentity();
    while (!keys.every((k) => keyOf(withheldBy) < k)) withheldBy = newIdentity();
    const { join } = network.join('Xander', withheldBy);
    network.admit(withheldBy, join);
    const x = network.transfer(withheldBy, anna, 10);
    const until = network.clock;
    network.tick(31 * day);
    const rogue = checkpointSummary(network.netId, { part: 1, after: null, until }, verified(network.entries));
    const pages = new Pages();
    pages.put([rogue.summary, ...rogue.pages]);
    network.write(carla, 'checkpoint', { part: 1, after: null, summary: rogue.hash });
    const ledger = new Ledger(network.netId, { now: () => network.clock + 1000 });
    await ledger.add(network.records(network.entries.filter((e) => idOf(e) !== idOf(x))));
    const held = new CountingMap(ledger.held);
    const book = new CheckpointBook(network.netId);
    await book.review(ledger.state, held, pages.lookup);
    const first = held.gets;
    held.gets = 0;
    await book.review(ledger.state, held, pages.lookup); // nothing changed
    expect(first).toBeGreaterThan(50); // the first review walks F: fair
    expect(held.gets).toBeLessThan(first / 10);
  });
});
