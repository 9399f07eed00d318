// Attacks on checkpoints a reviewer found (round 4, session 22 of #20), each with what must
// hold now: a rogue coordinator's `until` between a transfer and its reversal, or years
// ahead, is neither countersigned nor waited for; a part 1 over the genesis alone, signed by
// one who is not in it, counts not; a later checkpoint must be later; a name the checker
// holds all of F(n − 1) for and does not hold is waited for, not guessed; an entry that
// names a summary it is not is false on every device, reloaded or not.
import { describe, expect, it } from 'vitest';
import { CheckpointBook } from '../../../../src/core/checkpoint/CheckpointBook.ts';
import { checkCheckpoint } from '../../../../src/core/checkpoint/checkCheckpoint.ts';
import { countingCheckpoints } from '../../../../src/core/checkpoint/counting.ts';
import { checkpointSummary } from '../../../../src/core/checkpoint/summary.ts';
import {
  type CheckpointBase,
  nextFrontierInSteps,
  proposalAfterInSteps,
  summaryAfterInSteps,
} from '../../../../src/core/checkpoint/summaryAfter.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import { newIdentity } from '../../../../src/core/Identity.ts';
import { deriveState } from '../../../../src/core/state/deriveState.ts';
import type { VerifiedEntry } from '../../../../src/core/state/NetworkState.ts';
import { runToEnd } from '../../../../src/core/state/steps.ts';
import { bodyOf, idOf, keyOf, TestNetwork } from '../TestNetwork.ts';
import { ledgerOf, Pages, turn } from './archiveTurns.ts';
import { verified } from './checkpointing.ts';
import { day } from './histories.ts';

const held = (items: readonly VerifiedEntry[]) => new Map(items.map((item) => [item.idText, item]));

/** Two coordinators (the founder and Carla), Anna and Bram, a quarter and a month of history. */
function twoCoordinators() {
  const network = new TestNetwork();
  const carla = network.member('Carla');
  network.grant(carla);
  const anna = network.member('Anna');
  const bram = network.member('Bram');
  network.transfer(anna, bram, 30);
  network.tick(120 * day);
  network.transfer(bram, anna, 45);
  return { network, carla, anna, bram };
}

describe('a rogue coordinator’s `until`', () => {
  it('years ahead (it would never count) is not countersigned and does not stop the honest proposal', async () => {
    const { network, carla } = twoCoordinators();
    const pages = new Pages();
    const built = checkpointSummary(
      network.netId,
      { part: 1, after: null, until: network.clock + 3650 * day },
      verified(network.entries),
    );
    pages.put([built.summary, ...built.pages]);
    network.write(carla, 'checkpoint', { part: 1, after: null, summary: built.hash });
    const founder = new CheckpointBook(network.netId);
    expect((await turn(network, pages, network.founder, founder))?.kind).toBe('propose');
  });

  it('between a transfer and its reversal is not countersigned: nothing counts, no hours move', async () => {
    const network = new TestNetwork();
    const carla = network.member('Carla');
    network.grant(carla);
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    network.tick(day);
    const mistake = network.transfer(anna, bram, 300);
    network.tick(day);
    network.write(network.founder, 'reverse-transfer', { transfer: mistake.id, reason: 'vergissing' });
    const reversed = network.clock;
    network.tick(31 * day);
    const pages = new Pages();
    const rogue = checkpointSummary(
      network.netId,
      { part: 1, after: null, until: reversed - 1 },
      verified(network.entries),
    );
    pages.put([rogue.summary, ...rogue.pages]);
    network.write(carla, 'checkpoint', { part: 1, after: null, summary: rogue.hash });
    const founder = new CheckpointBook(network.netId);
    const due = await turn(network, pages, network.founder, founder);
    expect(due?.kind).not.toBe('countersign');
    const ledger = await ledgerOf(network);
    const balance = ledger.state.members.get(keyOf(anna))?.balance;
    await founder.review(ledger.state, ledger.held, pages.lookup);
    expect(founder.counting(ledger.state.devices)).toEqual([]);
    await ledger.startFrom(founder.derivation(ledger.state.devices, ledger.held));
    expect(ledger.state.members.get(keyOf(anna))?.balance).toBe(balance);
  });
});

describe('a part 1 over the genesis alone', () => {
  it('signed by one coordinator who is not in it counts not, whatever its hash', async () => {
    const { network, carla } = twoCoordinators();
    const pages = new Pages();
    const proposal = await turn(network, pages, network.founder, new CheckpointBook(network.netId));
    if (proposal?.kind !== 'propose') throw new Error('no proposal');
    await turn(network, pages, carla, new CheckpointBook(network.netId));
    const honest = toBase64Url(proposal.body.summary);
    // Carla alone: the genesis only; its holders are the founder, and quorumOf(1) is 1.
    const genesis = verified([network.genesis]);
    const rogue = checkpointSummary(
      network.netId,
      { part: 1, after: null, until: network.genesis.entry.time },
      genesis,
    );
    pages.put([rogue.summary, ...rogue.pages]);
    network.write(carla, 'checkpoint', { part: 1, after: null, summary: rogue.hash });
    const ledger = await ledgerOf(network);
    for (const recalled of [honest, null]) {
      const book = new CheckpointBook(network.netId);
      book.recall(recalled);
      await book.review(ledger.state, ledger.held, pages.lookup);
      expect(book.counting(ledger.state.devices).map((c) => toBase64Url(c.summary))).toEqual([honest]);
    }
  });
});

describe('checkpoint 2 on checkpoint 1', () => {
  /** Checkpoint 1 at `until1`, signed; what follows; the archive's base. */
  function firstCheckpoint() {
    const network = new TestNetwork();
    const carla = network.member('Carla');
    network.grant(carla);
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    network.tick(day);
    const early = network.clock;
    network.tick(day);
    network.transfer(anna, bram, 30);
    const until1 = network.clock;
    network.tick(31 * day);
    const first = checkpointSummary(network.netId, { part: 1, after: null, until: until1 }, verified(network.entries));
    const signed = network.write(carla, 'checkpoint', { part: 1, after: null, summary: first.hash });
    const countersigned = network.write(network.founder, 'checkpoint', { part: 1, after: null, summary: first.hash });
    network.transfer(bram, anna, 10);
    const archive: CheckpointBase = {
      sections: first.sections,
      until: until1,
      frontier: new Set(first.frontier.keys()),
    };
    return { network, carla, anna, bram, early, first, signed: [signed, countersigned], archive };
  }

  it('with an `until` before checkpoint 1’s counts not', () => {
    const { network, carla, early, first, signed, archive } = firstCheckpoint();
    network.tick(31 * day);
    const all = verified(network.entries);
    const header = { part: 2, after: first.hash, until: early };
    const built = runToEnd(proposalAfterInSteps(network.netId, header, archive, held(all)));
    if (!built) throw new Error('not built');
    const entry = network.write(carla, 'checkpoint', { part: 2, after: first.hash, summary: built.hash });
    const again = network.write(network.founder, 'checkpoint', { part: 2, after: first.hash, summary: built.hash });
    const document = { summary: built.summary, pages: built.pages };
    const second = checkCheckpoint(
      network.netId,
      bodyOf(entry, 'checkpoint'),
      document,
      held(all),
      undefined,
      undefined,
      archive,
    );
    const firstVerdict = checkCheckpoint(
      network.netId,
      bodyOf(signed[0] as SignedEntry, 'checkpoint'),
      { summary: first.summary, pages: first.pages },
      held(all),
    );
    expect(second.kind).toBe('true');
    const state = deriveState(network.netId, verified(network.entries), network.clock + 1000);
    const verdicts = new Map([
      ...signed.map((e) => [idOf(e), firstVerdict] as const),
      [idOf(entry), second],
      [idOf(again), second],
    ]);
    const counting = countingCheckpoints(state, (id) => verdicts.get(id) ?? { kind: 'unknown', why: 'no-summary' });
    expect(counting.map((c) => c.part)).toEqual([1]);
  });

  it('naming as seen an entry an archive device does not hold is waited for, then false once it arrives', () => {
    const { network, carla, anna, first, archive } = firstCheckpoint();
    // A withheld entry X, and Carla's grant naming it as seen.
    const x = network.forge(
      newIdentity(),
      'post',
      {
        kind: 'offer',
        title: 't',
        text: 't',
        category: 'klussen',
        area: 'a',
        minutes: 60,
        expires: network.clock + 30 * day,
        viaCoordinator: false,
      } as never,
      { seq: 1, prev: null },
    );
    const grant = network.write(
      carla,
      'grant-role',
      { member: anna.signing.publicKey, role: 'kiosk' },
      { seen: [...network.frontier(), x] },
    );
    const until2 = network.clock;
    network.tick(31 * day);
    const all = verified(network.entries.filter((e) => idOf(e) !== idOf(x)));
    const part = runToEnd(nextFrontierInSteps(held(all), archive, until2));
    part.set(idOf(grant), all.find((item) => item.idText === idOf(grant)) as VerifiedEntry);
    const header = { part: 2, after: first.hash, until: until2 };
    const built = runToEnd(summaryAfterInSteps(network.netId, header, archive, held(all), part));
    if (!built) throw new Error('not built');
    const entry = network.write(carla, 'checkpoint', { part: 2, after: first.hash, summary: built.hash });
    const body = bodyOf(entry, 'checkpoint');
    const document = { summary: built.summary, pages: built.pages };
    expect(checkCheckpoint(network.netId, body, document, held(all), undefined, undefined, archive)).toEqual({
      kind: 'unknown',
      why: 'not-held',
      missing: idOf(x),
    });
    const withX = held([...all, { idText: idOf(x), entry: x.entry }]);
    expect(checkCheckpoint(network.netId, body, document, withX, undefined, undefined, archive)).toMatchObject({
      kind: 'false',
      why: 'not-closed',
    });
  });
});

describe('an entry that names a summary with another part', () => {
  it('is false on a device that checked the summary before as on one that did not', async () => {
    const { network, carla } = twoCoordinators();
    const pages = new Pages();
    const proposal = await turn(network, pages, network.founder, new CheckpointBook(network.netId));
    if (proposal?.kind !== 'propose') throw new Error('no proposal');
    await turn(network, pages, carla, new CheckpointBook(network.netId));
    const rogue = network.write(carla, 'checkpoint', { part: 2, after: null, summary: proposal.body.summary });
    const ledger = await ledgerOf(network);
    const live = new CheckpointBook(network.netId);
    await live.review(ledger.state, ledger.held, pages.lookup);
    const reopened = new CheckpointBook(network.netId);
    reopened.recall(toBase64Url(proposal.body.summary));
    await reopened.review(ledger.state, ledger.held, pages.lookup);
    expect(live.verdictOf(idOf(rogue)).kind).toBe('false');
    expect(reopened.verdictOf(idOf(rogue)).kind).toBe('false');
  });
});
