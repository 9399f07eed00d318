// One device's book of checkpoints (docs/protocol.md §4.8): an archive device proposes when a
// quarter ended 30 days ago, a second coordinator countersigns what it built alike, the
// checkpoint then counts and the ledger derives across it to the same balances; a forged
// summary is found false, flagged, noticed once, and never countersigned.

import { describe, expect, it } from 'vitest';
import { CheckpointBook, dueUntil } from '../../../../src/core/checkpoint/CheckpointBook.ts';
import { paginate } from '../../../../src/core/checkpoint/pages.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { flagsOf } from '../../../../src/core/state/flags.ts';
import type { NetworkState } from '../../../../src/core/state/NetworkState.ts';
import { idOf, keyOf, TestNetwork } from '../TestNetwork.ts';
import { ledgerOf, Pages, turn } from './archiveTurns.ts';
import { picture } from './checkpointing.ts';
import { day } from './histories.ts';

describe('when a checkpoint is due', () => {
  it('sums up the latest quarter that ended at least 30 days ago', () => {
    expect(new Date(dueUntil(Date.UTC(2027, 1, 1))).toISOString()).toBe('2026-12-31T23:59:59.999Z');
    expect(new Date(dueUntil(Date.UTC(2027, 0, 29))).toISOString()).toBe('2026-09-30T23:59:59.999Z');
    expect(new Date(dueUntil(Date.UTC(2026, 4, 5))).toISOString()).toBe('2026-03-31T23:59:59.999Z');
  });
});

function history(transfers = 1) {
  const network = new TestNetwork();
  const carla = network.member('Carla');
  network.grant(carla);
  const anna = network.member('Anna');
  const bram = network.member('Bram');
  for (let i = 0; i < transfers; i++) network.transfer(anna, bram, 30);
  // A quarter and a month later: the first quarter of 2026 is due, and life goes on.
  network.tick(120 * day);
  network.transfer(bram, anna, 45);
  return { network, carla, anna, bram };
}

describe('a book of checkpoints', () => {
  it('is proposed, countersigned, counts, and the ledger across it derives what the whole history derives', async () => {
    const { network, carla } = history();
    const pages = new Pages();
    const founderBook = new CheckpointBook(network.netId);
    const carlaBook = new CheckpointBook(network.netId);

    const proposal = await turn(network, pages, network.founder, founderBook);
    if (proposal?.kind !== 'propose') throw new Error('expected a proposal');
    expect(proposal.body.part).toBe(1);
    // Its own proposal is not proposed again while it waits for a second signature.
    expect(await turn(network, pages, network.founder, founderBook)).toBeNull();
    const countersign = await turn(network, pages, carla, carlaBook);
    expect(countersign).toMatchObject({ kind: 'countersign', body: { part: 1, after: null } });
    if (countersign?.kind !== 'countersign') throw new Error('expected a countersignature');
    expect(toBase64Url(countersign.body.summary)).toBe(toBase64Url(proposal.body.summary));
    expect(await turn(network, pages, carla, carlaBook)).toBeNull();

    const ledger = await ledgerOf(network);
    const whole = picture(ledger.state);
    await founderBook.review(ledger.state, ledger.held, pages.lookup);
    expect(founderBook.counting(ledger.state.devices).map((c) => c.part)).toEqual([1]);
    const derivation = founderBook.derivation(ledger.state.devices, ledger.held);
    expect(derivation.from).toBe(toBase64Url(proposal.body.summary));
    await ledger.startFrom(derivation);
    expect(ledger.state.checkpoint).toBeDefined();
    expect(picture(ledger.state)).toEqual(whole);
    // A device that checked it in an earlier session reads it again to the same verdict, unless the pages are not its.
    const reopened = new CheckpointBook(network.netId);
    reopened.recall(toBase64Url(proposal.body.summary));
    await reopened.review(ledger.state, ledger.held, pages.lookup);
    const [first] = founderBook.counting(ledger.state.devices)[0]?.entries ?? [];
    const { history: checkedHistory, ...checked } = founderBook.verdictOf(first as string) as { history?: unknown };
    expect(checkedHistory).toBeDefined();
    expect(reopened.verdictOf(first as string)).toEqual(checked);
    // F's history, kept from the check or derived again for a recalled one, is the same.
    const fromCheck = await founderBook.history(ledger.state.devices, ledger.held);
    const derivedAgain = await reopened.history(ledger.state.devices, ledger.held);
    expect(fromCheck).toBe(checkedHistory);
    expect(picture(derivedAgain as NetworkState)).toEqual(picture(fromCheck as NetworkState));
    expect([...(derivedAgain?.transfers.keys() ?? [])]).toEqual([...(fromCheck?.transfers.keys() ?? [])]);
    expect(derivedAgain?.acts).toEqual(fromCheck?.acts);
    // The next quarter is not due yet: nothing more to write.
    expect(await founderBook.due(ledger.state, keyOf(network.founder), ledger.held, network.clock)).toBeNull();
  });

  it('builds and checks a summary in slices, giving the page its turns', async () => {
    const { network } = history(100);
    const pages = new Pages();
    let turns = 0;
    const book = new CheckpointBook(network.netId, async () => {
      turns++;
    });
    const proposal = await turn(network, pages, network.founder, book);
    expect(proposal?.kind).toBe('propose');
    const built = turns;
    expect(built).toBeGreaterThan(0);
    const ledger = await ledgerOf(network);
    await book.review(ledger.state, ledger.held, pages.lookup);
    expect(turns).toBeGreaterThan(built);
  });

  it('finds a forged summary false: no countersignature, one notice, a flag, and its signer no coordinator', async () => {
    const { network, carla, anna } = history();
    const pages = new Pages();
    const carlaBook = new CheckpointBook(network.netId);
    // Carla builds the honest summary, then gives Anna ten hours more in her copy.
    const ledger = await ledgerOf(network);
    await carlaBook.review(ledger.state, ledger.held, pages.lookup);
    const honest = await carlaBook.due(ledger.state, keyOf(carla), ledger.held, network.clock);
    if (honest?.kind !== 'propose') throw new Error('expected a proposal');
    const sections = structuredClone(honest.built.sections);
    const record = sections.members.find((member) => member.key === keyOf(anna)) as unknown as { balance: number };
    record.balance += 600;
    const forged = paginate({ net: network.net, part: 1, after: null, until: dueUntil(network.clock) }, sections);
    pages.put([forged.summary, ...forged.pages]);
    const falseEntry = network.write(carla, 'checkpoint', { part: 1, after: null, summary: forged.hash });

    const founderBook = new CheckpointBook(network.netId);
    const notice = await turn(network, pages, network.founder, founderBook);
    expect(notice?.kind).toBe('notice');
    expect(founderBook.falseCheckpoints).toEqual(new Set([idOf(falseEntry)]));
    // Noticed once; then the founder proposes the true one instead of countersigning the false.
    const next = await turn(network, pages, network.founder, founderBook);
    expect(next?.kind).toBe('propose');

    const after = await ledgerOf(network);
    await founderBook.review(after.state, after.held, pages.lookup);
    await after.startFrom(founderBook.derivation(after.state.devices, after.held));
    expect(after.state.members.get(keyOf(carla))?.roles.has('coordinator')).toBe(false);
    expect(flagsOf(after.state, network.clock)).toContainEqual(
      expect.objectContaining({ kind: 'false-checkpoint', member: keyOf(carla), part: 1 }),
    );
    // At `until` Carla was still a coordinator: the true summary waits for a second signer
    // (one the founder appoints), never for Carla's word.
    expect(founderBook.counting(after.state.devices)).toEqual([]);
  });
});
