// Checkpoint n built on checkpoint n − 1 (docs/protocol.md §4.8, "Built on the one before"):
// a phone that holds only checkpoint 1's pages, its carried entries and the part after it
// builds and checks checkpoint 2 exactly as an archive device that holds everything does, in
// any order; a false one is false on both; what it cannot tell it says so; and a phone that
// starts from checkpoint 2 shows the archive device's balances.
import { describe, expect, it } from 'vitest';
import { checkCheckpoint } from '../../../../src/core/checkpoint/checkCheckpoint.ts';
import { paginate, readPages, readSummary } from '../../../../src/core/checkpoint/pages.ts';
import { stateFromCheckpoint } from '../../../../src/core/checkpoint/stateFromCheckpoint.ts';
import { checkpointSummary } from '../../../../src/core/checkpoint/summary.ts';
import { type CheckpointBase, proposalAfterInSteps } from '../../../../src/core/checkpoint/summaryAfter.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { deriveState } from '../../../../src/core/state/deriveState.ts';
import type { VerifiedEntry } from '../../../../src/core/state/NetworkState.ts';
import { runToEnd, stepsOf } from '../../../../src/core/state/steps.ts';
import { scramble } from '../scenarios.ts';
import { bodyOf, idOf, keyOf, TestNetwork } from '../TestNetwork.ts';
import { picture, verified } from './checkpointing.ts';
import { day } from './histories.ts';

function held(items: readonly VerifiedEntry[]): Map<string, VerifiedEntry> {
  return new Map(items.map((item) => [item.idText, item]));
}

/** Two quarters: checkpoint 1 over the first; an archive device and a phone that started from it. */
function twoQuarters() {
  const network = new TestNetwork();
  const carla = network.member('Carla');
  network.grant(carla);
  const anna = network.member('Anna');
  const bram = network.member('Bram');
  network.transfer(anna, bram, 30);
  network.post(bram, { text: 'Wie helpt me met de ladder?' });
  const until1 = network.clock;
  network.tick(31 * day);
  const first = checkpointSummary(network.netId, { part: 1, after: null, until: until1 }, verified(network.entries));
  network.write(carla, 'checkpoint', { part: 1, after: null, summary: first.hash });
  // The second quarter: payments, a new member, a post.
  network.transfer(bram, carla, 45);
  const dirk = network.member('Dirk');
  network.transfer(dirk, anna, 15);
  network.post(anna, { text: 'Ik kan soep koken' });
  const until2 = network.clock;
  network.tick(31 * day);
  const late = network.transfer(anna, dirk, 5);

  const summary = readSummary(first.summary);
  const sections = summary && readPages(summary, first.pages);
  if (!sections) throw new Error('pages do not read back');
  const listed = new Set(sections.carried.map((record) => record.key));
  const all = verified(network.entries);
  const archive: CheckpointBase = { sections: first.sections, until: until1, frontier: new Set(first.frontier.keys()) };
  // The phone holds the pages, the carried entries and the part after F, none of the rest of F.
  const phone: CheckpointBase = { sections, until: until1, frontier: new Set(), partial: true };
  const phoneHeld = all.filter((item) => listed.has(item.idText) || !first.frontier.has(item.idText));
  return { network, carla, anna, bram, dirk, first, until2, late, archive, phone, all, phoneHeld };
}

describe('checkpoint n built on checkpoint n − 1', () => {
  it('a phone without the history below checks it as an archive device does, in any order', () => {
    const { network, carla, first, until2, archive, phone, all, phoneHeld } = twoQuarters();
    const header = { part: 2, after: first.hash, until: until2 };
    const built = runToEnd(proposalAfterInSteps(network.netId, header, archive, held(all)));
    if (!built) throw new Error('not built');
    // Two archive devices holding the same entries in another order propose the same.
    const again = runToEnd(proposalAfterInSteps(network.netId, header, archive, held(scramble(all, 5))));
    expect(again && toBase64Url(again.hash)).toBe(toBase64Url(built.hash));
    const entry = network.write(carla, 'checkpoint', { part: 2, after: first.hash, summary: built.hash });
    const body = bodyOf(entry, 'checkpoint');
    const document = { summary: built.summary, pages: built.pages };
    const onArchive = checkCheckpoint(network.netId, body, document, held(all), undefined, undefined, archive);
    // The archive device knows all of F(2)'s ids; the phone those after checkpoint 1.
    expect(onArchive).toMatchObject({ kind: 'true', until: until2 });
    expect(onArchive.kind === 'true' && onArchive.partial).toBeFalsy();
    expect(onArchive.kind === 'true' && onArchive.frontier.size).toBe(first.frontier.size + built.frontier.size);
    for (const seed of [1, 2, 3]) {
      const items = held(scramble(phoneHeld, seed));
      const onPhone = checkCheckpoint(network.netId, body, document, items, undefined, undefined, phone);
      expect(onPhone).toMatchObject({ kind: 'true', until: until2, partial: true });
    }
    // Without the verdict of the checkpoint it names as `after`, it cannot be told.
    expect(checkCheckpoint(network.netId, body, document, held(all))).toEqual({ kind: 'unknown', why: 'no-base' });
  });

  it('a summary that gives someone hours is false on the phone and on the archive device alike', () => {
    const { network, carla, anna, first, until2, archive, phone, all, phoneHeld } = twoQuarters();
    const header = { part: 2, after: first.hash, until: until2 };
    const built = runToEnd(proposalAfterInSteps(network.netId, header, archive, held(all)));
    if (!built) throw new Error('not built');
    const sections = structuredClone(built.sections);
    const record = sections.members.find((member) => member.key === keyOf(anna)) as unknown as { balance: number };
    record.balance += 600;
    const forged = paginate({ net: network.net, ...header }, sections);
    const entry = network.write(carla, 'checkpoint', { part: 2, after: first.hash, summary: forged.hash });
    const body = bodyOf(entry, 'checkpoint');
    const document = { summary: forged.summary, pages: forged.pages };
    const onArchive = checkCheckpoint(network.netId, body, document, held(all), undefined, undefined, archive);
    const onPhone = checkCheckpoint(network.netId, body, document, held(phoneHeld), undefined, undefined, phone);
    expect(onArchive).toMatchObject({ kind: 'false', why: 'differs' });
    expect(onPhone).toEqual(onArchive);
  });

  it('a frontier that reaches past `until` is false; a phone that lacks an entry of the part cannot tell', () => {
    const { network, carla, first, until2, late, archive, phone, all, phoneHeld } = twoQuarters();
    // Signed with an `until` before the latest payment its tips name: not a frontier of that `until`.
    const header = { part: 2, after: first.hash, until: network.clock };
    const built = runToEnd(proposalAfterInSteps(network.netId, header, archive, held(all)));
    if (!built) throw new Error('not built');
    const early = paginate({ net: network.net, ...header, until: until2 }, built.sections);
    const entry = network.write(carla, 'checkpoint', { part: 2, after: first.hash, summary: early.hash });
    const body = bodyOf(entry, 'checkpoint');
    const document = { summary: early.summary, pages: early.pages };
    for (const [items, base] of [
      [all, archive],
      [phoneHeld, phone],
    ] as const)
      expect(checkCheckpoint(network.netId, body, document, held(items), undefined, undefined, base)).toMatchObject({
        kind: 'false',
        why: 'too-late',
      });
    // A phone the latest payment has not reached yet does not guess.
    const lacking = phoneHeld.filter((item) => item.idText !== idOf(late));
    const honest = runToEnd(proposalAfterInSteps(network.netId, header, archive, held(all)));
    if (!honest) throw new Error('not built');
    const honestEntry = network.write(carla, 'checkpoint', { part: 2, after: first.hash, summary: honest.hash });
    const verdict = checkCheckpoint(
      network.netId,
      bodyOf(honestEntry, 'checkpoint'),
      { summary: honest.summary, pages: honest.pages },
      held(lacking),
      undefined,
      undefined,
      phone,
    );
    expect(verdict).toEqual({ kind: 'unknown', why: 'not-held', missing: idOf(late) });
  });

  it('a phone that starts from checkpoint 2 shows what the archive device judged across it', () => {
    const { network, first, until2, archive, all } = twoQuarters();
    const header = { part: 2, after: first.hash, until: until2 };
    const built = runToEnd(proposalAfterInSteps(network.netId, header, archive, held(all)));
    if (!built) throw new Error('not built');
    const now = network.clock + 1000;
    const listed = new Set(built.sections.carried.map((record) => record.key));
    const below = (item: VerifiedEntry) => first.frontier.has(item.idText) || built.frontier.has(item.idText);
    const phoneItems = all.filter((item) => listed.has(item.idText) || !below(item));
    const phoneStart = stateFromCheckpoint(network.netId, built.sections, phoneItems, new Set(), until2);
    const archiveStart = stateFromCheckpoint(
      network.netId,
      built.sections,
      all,
      new Set(built.frontier.keys()),
      until2,
    );
    if (!phoneStart || !archiveStart) throw new Error('no carried genesis');
    const onPhone = deriveState(network.netId, phoneItems, now, { start: () => stepsOf(phoneStart) });
    const onArchive = deriveState(network.netId, all, now, { start: () => stepsOf(archiveStart) });
    expect(picture(onPhone)).toEqual(picture(onArchive));
    // And the balances are those of the whole history derived from the beginning.
    const whole = deriveState(network.netId, all, now);
    const balances = (state: typeof whole) => [...state.members].map(([key, member]) => [key, member.balance]).sort();
    expect(balances(onPhone)).toEqual(balances(whole));
  });
});
