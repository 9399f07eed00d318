// Stories (docs/protocol-together.md §4): a story goes into the report only when its writer
// and everyone in it said so, with names only if each said so; nobody else has a say; each
// one's latest say counts in any order of arrival.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportStories } from '../../../src/core/state/storyReport.ts';
import { scramble } from './scenarios.ts';
import { idOf, TestNetwork } from './TestNetwork.ts';

function setUp() {
  const network = new TestNetwork();
  const anna = network.member('Anna');
  const bram = network.member('Bram');
  const cor = network.member('Cor');
  const story = network.write(anna, 'story', {
    title: 'De verhuizing',
    text: 'Met z’n drieën droegen we alle kasten naar boven.',
    people: [bram.signing.publicKey],
  });
  return { network, anna, bram, cor, story };
}

describe('stories', () => {
  it('go into the report only when the writer and everyone in it said yes; names only if each said so', async () => {
    const { network, anna, bram, story } = setUp();
    network.write(anna, 'story-consent', { story: story.id, report: true, named: true });
    expect(reportStories(await network.state())).toEqual([]);
    network.write(bram, 'story-consent', { story: story.id, report: true, named: false });
    expect(reportStories(await network.state())).toEqual([
      { title: 'De verhuizing', text: 'Met z’n drieën droegen we alle kasten naar boven.', names: null },
    ]);
    for (const [who, name] of [
      [anna, 'Anna'],
      [bram, 'Bram'],
    ] as const) {
      network.write(who, 'profile', {
        name,
        area: '',
        offers: [],
        words: '',
        languages: [],
        paused: false,
        perWeek: 0,
      });
    }
    network.write(bram, 'story-consent', { story: story.id, report: true, named: true });
    expect(reportStories(await network.state())[0]?.names).toEqual(['Anna', 'Bram']);
    // Taking it back takes it out of the report.
    network.write(bram, 'story-consent', { story: story.id, report: false, named: false });
    expect(reportStories(await network.state())).toEqual([]);
  });

  it('nobody else has a say; a story about someone who is not a member is unknown-member', async () => {
    const { network, cor, anna, story } = setUp();
    const outsider = network.write(cor, 'story-consent', { story: story.id, report: true, named: true });
    const strange = network.write(anna, 'story', { title: 'x', text: '', people: [new Uint8Array(32).fill(7)] });
    const state = await network.state();
    expect(state.rejected.get(idOf(outsider))?.reason).toBe('not-party');
    expect(state.rejected.get(idOf(strange))?.reason).toBe('unknown-member');
    expect(state.storyConsents.size).toBe(0);
  });

  it("each one's latest say counts, in any order and with copies", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer(), fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), async (seed, says) => {
        const { network, anna, bram, story } = setUp();
        network.write(anna, 'story-consent', { story: story.id, report: true, named: false });
        const written = says.map((report) =>
          network.write(bram, 'story-consent', { story: story.id, report, named: false }),
        );
        const state = await network.state(scramble([...network.entries, ...written], seed));
        expect(reportStories(state).length).toBe(says[says.length - 1] ? 1 : 0);
      }),
      { numRuns: 25 },
    );
  });
});
