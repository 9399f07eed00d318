// A ledger that starts from a checkpoint (docs/protocol.md §4.8) and takes the entries after
// the frontier one by one, in any order, ends where deriving them in one go ends: the fast
// path of applying an entry in place must not miss what a cut named before it arrived.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPages, readSummary } from '../../../../src/core/checkpoint/pages.ts';
import { stateFromCheckpoint } from '../../../../src/core/checkpoint/stateFromCheckpoint.ts';
import { checkpointSummary } from '../../../../src/core/checkpoint/summary.ts';
import { Ledger } from '../../../../src/core/Ledger.ts';
import { scramble } from '../scenarios.ts';
import { idOf, keyOf, TestNetwork } from '../TestNetwork.ts';
import { acrossCheckpoint, picture, verified } from './checkpointing.ts';
import { cutHistory, day, type Step } from './histories.ts';

const steps = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 14 });

describe('a ledger from a checkpoint', () => {
  it('a payment that a suspension after the frontier names counts, when the suspension arrives first', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const until = network.clock;
    network.tick(40 * day);
    const paid = network.transfer(bram, anna, 50);
    const suspension = network.suspend(bram);
    const now = network.clock + 1000;
    const built = checkpointSummary(network.netId, { part: 1, after: null, until }, verified(network.entries));
    const listed = new Set(built.sections.carried.map((record) => record.key));
    const carried = network.entries.filter((e) => listed.has(idOf(e)));
    const start = stateFromCheckpoint(network.netId, built.sections, verified(carried));
    if (!start) throw new Error('no carried genesis');
    const ledger = new Ledger(network.netId, { now: () => now, derive: { start } });
    await ledger.add(network.records(carried));
    await ledger.add(network.records([suspension]));
    await ledger.add(network.records([paid]));
    expect(ledger.state.applied.has(idOf(paid))).toBe(true);
    expect(ledger.state.members.get(keyOf(anna))?.balance).toBe(170);
  });

  it('taking the later entries one by one, in any order, gives what deriving them at once gives', async () => {
    await fc.assert(
      fc.asyncProperty(steps, steps, fc.integer(), async (before: Step[], after: Step[], seed) => {
        const { network, until, now } = cutHistory(before, after);
        const { built, phone } = acrossCheckpoint(network.netId, network.entries, until, now);
        const summary = readSummary(built.summary);
        const sections = summary && readPages(summary, built.pages);
        if (!sections) throw new Error('pages do not read back');
        const listed = new Set(sections.carried.map((record) => record.key));
        const carried = network.entries.filter((e) => listed.has(idOf(e)));
        const start = stateFromCheckpoint(
          network.netId,
          sections,
          carried.map((e) => ({ idText: idOf(e), entry: e.entry })),
        );
        if (!start) throw new Error('no carried genesis');
        const ledger = new Ledger(network.netId, { now: () => now, derive: { start } });
        await ledger.add(network.records(carried));
        const later = network.entries.filter((e) => !built.frontier.has(idOf(e)));
        for (const record of network.records(scramble(later, seed))) await ledger.add([record]);
        expect(picture(ledger.state)).toEqual(picture(phone));
      }),
      { numRuns: 40 },
    );
  }, 600_000);
});
