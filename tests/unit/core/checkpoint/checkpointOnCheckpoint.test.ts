// Checkpoint 2 built on checkpoint 1 (docs/protocol.md §4.8, "Built on the one before"), over
// generated histories: a phone that holds only checkpoint 1's pages, its carried entries and
// what came after its frontier — in any order — finds the archive device's checkpoint 2 true,
// and after it, starting from checkpoint 2's pages, shows what the archive device shows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCheckpoint } from '../../../../src/core/checkpoint/checkCheckpoint.ts';
import { readPages, readSummary } from '../../../../src/core/checkpoint/pages.ts';
import { stateFromCheckpoint } from '../../../../src/core/checkpoint/stateFromCheckpoint.ts';
import { checkpointSummary } from '../../../../src/core/checkpoint/summary.ts';
import { type CheckpointBase, proposalAfterInSteps } from '../../../../src/core/checkpoint/summaryAfter.ts';
import { deriveState } from '../../../../src/core/state/deriveState.ts';
import type { VerifiedEntry } from '../../../../src/core/state/NetworkState.ts';
import { runToEnd, stepsOf } from '../../../../src/core/state/steps.ts';
import { scramble } from '../scenarios.ts';
import { picture, verified } from './checkpointing.ts';
import { cutHistory, type Step } from './histories.ts';

const steps = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 16 });
const byId = (items: readonly VerifiedEntry[]) => new Map(items.map((item) => [item.idText, item]));

describe('checkpoint 2 on checkpoint 1', () => {
  it('is true on a phone that never held the history below checkpoint 1, and both show the same after it', () => {
    fc.assert(
      fc.property(steps, steps, steps, fc.nat(), (before: Step[], between: Step[], after: Step[], seed: number) => {
        const { network, until, secondUntil, now } = cutHistory(before, between, after);
        const all = verified(network.entries);
        const first = checkpointSummary(network.netId, { part: 1, after: null, until }, all);
        const archive: CheckpointBase = { sections: first.sections, until, frontier: new Set(first.frontier.keys()) };
        const header = { part: 2, after: first.hash, until: secondUntil };
        const second = runToEnd(proposalAfterInSteps(network.netId, header, archive, byId(all)));
        if (!second) throw new Error('not built');

        // The phone: checkpoint 1's pages as bytes, its carried entries, the part after F(1).
        const read = readSummary(first.summary);
        const sections = read && readPages(read, first.pages);
        if (!sections) throw new Error('pages do not read back');
        const listed = new Set(sections.carried.map((record) => record.key));
        const phoneItems = all.filter((item) => listed.has(item.idText) || !first.frontier.has(item.idText));
        const phone: CheckpointBase = { sections, until, frontier: new Set(), partial: true };
        const body = { part: 2, after: first.hash, summary: second.hash, seen: [] };
        const document = { summary: second.summary, pages: second.pages };
        const held = byId(scramble(phoneItems, seed));
        expect(checkCheckpoint(network.netId, body, document, held, undefined, undefined, phone).kind).toBe('true');
        expect(checkCheckpoint(network.netId, body, document, byId(all), undefined, undefined, archive).kind).toBe(
          'true',
        );

        // After checkpoint 2: a phone in its part and the archive device agree.
        const listed2 = new Set(second.sections.carried.map((record) => record.key));
        const below = (item: VerifiedEntry) => first.frontier.has(item.idText) || second.frontier.has(item.idText);
        const inPart = all.filter((item) => listed2.has(item.idText) || !below(item));
        const frontier2 = new Set([...first.frontier.keys(), ...second.frontier.keys()]);
        const phoneStart = stateFromCheckpoint(network.netId, second.sections, inPart, new Set(), secondUntil);
        const archiveStart = stateFromCheckpoint(network.netId, second.sections, all, frontier2, secondUntil);
        if (!phoneStart || !archiveStart) throw new Error('no carried genesis');
        const onPhone = deriveState(network.netId, inPart, now, { start: () => stepsOf(phoneStart) });
        const onArchive = deriveState(network.netId, all, now, { start: () => stepsOf(archiveStart) });
        expect(picture(onPhone)).toEqual(picture(onArchive));
      }),
      { numRuns: Number(process.env.RUNS ?? 40) },
    );
  }, 600_000);
});
