// A coordinator hides a public entry of the together page with `hide-post` naming it
// (protocol.md §3.4: in version 3 any of them): a thank-you leaves the board, a story the
// report for funders, and a plan keeps its accounts. Only a coordinator may: a member's
// hide is `not-coordinator` and hides nothing. In any order of arrival.
import { describe, expect, it } from 'vitest';
import type { SignedEntry } from '../../../src/core/entry/Entry.ts';
import type { Identity } from '../../../src/core/Identity.ts';
import { reportStories } from '../../../src/core/state/storyReport.ts';
import { thanksBoard } from '../../../src/core/state/thanksBoard.ts';
import { propose } from './planHistories.ts';
import { scramble } from './scenarios.ts';
import { idOf, keyOf, snapshot, TestNetwork } from './TestNetwork.ts';

function neighbourhood() {
  const network = new TestNetwork();
  const [anna, bram, cor] = ['Anna', 'Bram', 'Cor'].map((name) => network.member(name)) as [
    Identity,
    Identity,
    Identity,
  ];
  return { network, anna, bram, cor };
}

/** A thank-you from Anna to Bram that both put on the board. */
function shownThanks(network: TestNetwork, anna: Identity, bram: Identity): SignedEntry {
  const thanks = network.write(anna, 'thanks', { to: bram.signing.publicKey, text: 'Dank je!', transfer: null });
  network.write(anna, 'thanks-show', { thanks: thanks.id, show: true });
  network.write(bram, 'thanks-show', { thanks: thanks.id, show: true });
  return thanks;
}

/** A story by Anna about Bram that both said may go into the report. */
function reportedStory(network: TestNetwork, anna: Identity, bram: Identity): SignedEntry {
  const story = network.write(anna, 'story', {
    title: 'De verhuizing',
    text: 'Kasten.',
    people: [bram.signing.publicKey],
  });
  for (const who of [anna, bram]) network.write(who, 'story-consent', { story: story.id, report: true, named: false });
  return story;
}

const hide = (network: TestNetwork, by: Identity, entry: SignedEntry) =>
  network.write(by, 'hide-post', { post: entry.id, reason: '' });

describe('hiding what the together page shows', () => {
  it("a coordinator's hide takes a thank-you off the board; a member's is not-coordinator", async () => {
    const { network, anna, bram, cor } = neighbourhood();
    const thanks = shownThanks(network, anna, bram);
    // Not even one of its own two people may hide it for the others: they take back their say.
    const byCor = hide(network, cor, thanks);
    const byBram = hide(network, bram, thanks);
    const before = await network.state();
    expect(before.rejected.get(idOf(byCor))?.reason).toBe('not-coordinator');
    expect(before.rejected.get(idOf(byBram))?.reason).toBe('not-coordinator');
    expect(thanksBoard(before).map((t) => t.id)).toEqual([idOf(thanks)]);
    hide(network, network.founder, thanks);
    const again = hide(network, network.founder, thanks);
    const after = await network.state();
    expect(thanksBoard(after)).toEqual([]);
    expect(after.rejected.get(idOf(again))?.reason).toBe('already-decided');
  });

  it("a hidden story stays out of the report, whatever its people said; a member's hide is not-coordinator", async () => {
    const { network, anna, bram, cor } = neighbourhood();
    const story = reportedStory(network, anna, bram);
    const byCor = hide(network, cor, story);
    const before = await network.state();
    expect(before.rejected.get(idOf(byCor))?.reason).toBe('not-coordinator');
    expect(reportStories(before).map((s) => s.title)).toEqual(['De verhuizing']);
    hide(network, network.founder, story);
    // A yes said after the hide does not bring it back.
    network.write(bram, 'story-consent', { story: story.id, report: true, named: true });
    const after = await network.state();
    expect(after.hiddenPosts.has(idOf(story))).toBe(true);
    expect(reportStories(after)).toEqual([]);
  });

  it('a hidden plan keeps its accounts: pledges stay in, nothing moves; a member may not hide it', async () => {
    const { network, anna, bram, cor } = neighbourhood();
    const plan = propose(network, anna);
    network.write(bram, 'pledge', { plan: plan.id, minutes: 60 });
    const byCor = hide(network, cor, plan);
    const before = await network.state();
    expect(before.rejected.get(idOf(byCor))?.reason).toBe('not-coordinator');
    const byFounder = hide(network, network.founder, plan);
    const after = await network.state();
    expect(after.rejected.has(idOf(byFounder))).toBe(false);
    expect(after.hiddenPosts.has(idOf(plan))).toBe(true);
    expect(after.plans.get(idOf(plan))?.outcome.pledged).toBe(60);
    expect(after.members.get(keyOf(bram))?.balance).toBe(60);
  });

  it('the same in any order of arrival, with copies', async () => {
    const { network, anna, bram, cor } = neighbourhood();
    const thanks = shownThanks(network, anna, bram);
    const story = reportedStory(network, anna, bram);
    hide(network, cor, thanks);
    hide(network, network.founder, thanks);
    hide(network, network.founder, story);
    const reference = await network.state();
    for (const seed of [1, 2, 3, 4, 5]) {
      const state = await network.state(scramble([...network.entries, ...network.entries.slice(-3)], seed));
      expect(thanksBoard(state)).toEqual([]);
      expect(reportStories(state)).toEqual([]);
      expect(snapshot(state)).toEqual(snapshot(reference));
    }
  });
});
