// A checkpoint's summary is a function of the set of entries (docs/protocol.md §4.8): two
// devices holding the same entries, in any order and however often, build the same bytes;
// every page fits in 16 KiB, the sections come in their order and the records by key.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  maxPageBytes,
  readPages,
  readPagesInSteps,
  readSummary,
  readSummaryAndPages,
} from '../../../../src/core/checkpoint/pages.ts';
import { sectionNames } from '../../../../src/core/checkpoint/records.ts';
import { checkpointSummary } from '../../../../src/core/checkpoint/summary.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { decodeCanonical } from '../../../../src/core/encoding/canonical.ts';
import { scramble } from '../scenarios.ts';
import { TestNetwork } from '../TestNetwork.ts';
import { verified } from './checkpointing.ts';
import { cutHistory, type Step } from './histories.ts';

const steps = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 18 });

describe('a checkpoint summary', () => {
  it('is the same for any order and duplication of the entries', () => {
    fc.assert(
      fc.property(steps, steps, fc.integer(), (before: Step[], after: Step[], seed) => {
        const { network, until } = cutHistory(before, after);
        const header = { part: 1, after: null, until };
        const one = checkpointSummary(network.netId, header, verified(network.entries));
        const other = checkpointSummary(network.netId, header, verified(scramble(network.entries, seed)));
        expect(toBase64Url(other.hash)).toBe(toBase64Url(one.hash));
        expect(other.pages.map(toBase64Url)).toEqual(one.pages.map(toBase64Url));
      }),
      { numRuns: 40 },
    );
  }, 600_000);

  it('pages stay under 16 KiB, sections in order, records sorted, and read back', () => {
    const network = new TestNetwork();
    const founder = network.founder;
    for (let i = 0; i < 60; i++) {
      const member = network.member(`Buur ${i}`);
      network.write(member, 'profile', {
        name: `Buur ${i}`,
        area: 'Oost',
        offers: ['tuin'],
        words: 'x'.repeat(400),
        languages: ['nl'],
        paused: false,
        perWeek: 60,
      });
      network.post(member, { title: `Vraag ${i}`, text: 'y'.repeat(1500) });
      network.transfer(member, founder, 5);
    }
    const built = checkpointSummary(
      network.netId,
      { part: 1, after: null, until: network.clock },
      verified(network.entries),
    );
    expect(built.pages.length).toBeGreaterThan(sectionNames.length);
    let last = -1;
    for (const page of built.pages) {
      expect(page.length).toBeLessThanOrEqual(maxPageBytes);
      const [section, records] = decodeCanonical(page) as [string, { key: string }[]];
      const at = sectionNames.indexOf(section as (typeof sectionNames)[number]);
      expect(at).toBeGreaterThanOrEqual(last);
      last = at;
      const keys = records.map((record) => record.key);
      expect(keys).toEqual([...keys].sort());
    }
    const summary = readSummary(built.summary);
    expect(summary && readPages(summary, built.pages)).toEqual(built.sections);
    // A page changed, dropped or moved does not read.
    const flipped = new Uint8Array(built.pages[1] as Uint8Array);
    flipped[10] = (flipped[10] as number) ^ 1;
    const changed = [built.pages[0] as Uint8Array, flipped, ...built.pages.slice(2)];
    expect(summary && readPages(summary, changed)).toBeNull();
    expect(summary && readPages(summary, built.pages.slice(1))).toBeNull();

    // In steps, one a page; and read once: what did not read is not kept, what did is.
    const steps = summary && readPagesInSteps(summary, built.pages);
    let yields = 0;
    for (let step = steps?.next(); step && !step.done; step = steps?.next()) yields++;
    expect(yields).toBe(built.pages.length);
    expect(readSummaryAndPages(built.summary, changed)).toBeNull();
    const read = readSummaryAndPages(built.summary, built.pages);
    expect(read?.sections).toEqual(built.sections);
    expect(readSummaryAndPages(built.summary, built.pages)).toBe(read);
  });
});
