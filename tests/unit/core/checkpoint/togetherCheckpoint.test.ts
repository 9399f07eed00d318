// The together page's open objects in a checkpoint (docs/protocol-together.md §8): what a
// phone that starts from the summary must know of plans, activities, thank-yous and stories
// to judge what comes after the frontier as a device that holds everything does.
import { describe, expect, it } from 'vitest';
import type { Identity } from '../../../../src/core/Identity.ts';
import { deriveState } from '../../../../src/core/state/deriveState.ts';
import { close, day, hour, pay, pledge, propose, vote } from '../planHistories.ts';
import { idOf, keyOf, TestNetwork } from '../TestNetwork.ts';
import { acrossCheckpoint, picture, verified } from './checkpointing.ts';

function people(network: TestNetwork, n: number): Identity[] {
  return Array.from({ length: n }, (_, i) => network.member(`Buur ${i}`));
}

function activity(network: TestNetwork, organiser: Identity) {
  const starts = network.clock + hour;
  return network.write(organiser, 'activity', {
    ...{ title: 'Samen koken', text: '', category: 'bezoek', place: 'Buurthuis' },
    ...{ starts, ends: starts + hour, seats: 0, worth: 60, pay: 'participants' as const },
  });
}

describe('together in a checkpoint', () => {
  it('an accepted plan keeps its count of voters and pays after the frontier as everywhere', async () => {
    const network = new TestNetwork();
    const [guide, a, b, ...rest] = people(network, 8) as [Identity, Identity, Identity, ...Identity[]];
    const plan = propose(network, guide);
    pledge(network, a, plan, 60);
    pledge(network, b, plan, 60);
    vote(network, a, plan, true);
    vote(network, b, plan, true);
    network.clock += day + hour;
    close(network, guide, plan);
    const until = network.clock;
    network.clock += 40 * day;
    pay(network, guide, plan, rest[0] as Identity, 90);
    const now = network.clock + 1000;
    const { phone, archive, built } = acrossCheckpoint(network.netId, network.entries, until, now);
    const full = deriveState(network.netId, verified(network.entries), now);
    expect(built.sections.open.some((record) => record.key.startsWith('plan '))).toBe(true);
    // Nine members (the founder and eight) were allowed to vote; two did.
    for (const state of [phone, archive, full]) {
      const outcome = state.plans.get(idOf(plan))?.outcome;
      expect(outcome?.decision).toMatchObject({ accepted: true, allowed: 9, cast: 2 });
      expect(outcome?.paid).toBe(90);
    }
    expect(picture(phone)).toEqual(picture(full));
  });

  it('carries an activity that ended within 90 days, not an older or a called-off one', async () => {
    const network = new TestNetwork();
    const [olga, anna] = people(network, 2) as [Identity, Identity];
    const old = activity(network, olga);
    network.clock += 100 * day;
    const recent = activity(network, olga);
    const calledOff = activity(network, olga);
    network.write(network.founder, 'activity-call-off', { activity: calledOff.id, reason: 'Regen' });
    network.clock += 3 * hour;
    const until = network.clock;
    network.clock += 40 * day;
    for (const one of [old, recent]) {
      network.write(olga, 'attendance', { activity: one.id, present: [anna.signing.publicKey] });
      network.write(anna, 'came', { activity: one.id });
    }
    const now = network.clock + 1000;
    const { phone, archive, built } = acrossCheckpoint(network.netId, network.entries, until, now);
    const open = built.sections.open.map((record) => record.key);
    const id = (entry: typeof old) => built.sections.carried.some((record) => record.key === idOf(entry));
    expect(id(recent)).toBe(true);
    expect(id(old)).toBe(false);
    expect(id(calledOff)).toBe(false);
    expect(open.filter((key) => key.startsWith('activity '))).toHaveLength(1);
    // Only the recent one pays Olga: what names the older one waits, on both devices.
    for (const state of [phone, archive]) {
      expect(state.members.get(keyOf(olga))?.balance).toBe(120 + 60);
      expect([...state.rejected.values()].filter((r) => r.reason === 'missing-ref')).toHaveLength(2);
    }
  });

  it('carries a thank-you on the board and a story with its consents', async () => {
    const network = new TestNetwork();
    const [anna, bram] = people(network, 2) as [Identity, Identity];
    const thanks = network.write(anna, 'thanks', { to: bram.signing.publicKey, text: 'Dank je!', transfer: null });
    network.write(anna, 'thanks-show', { thanks: thanks.id, show: true });
    network.write(bram, 'thanks-show', { thanks: thanks.id, show: true });
    const story = network.write(anna, 'story', { title: 'De tuin', text: 'Fijn.', people: [bram.signing.publicKey] });
    network.write(anna, 'story-consent', { story: story.id, report: true, named: false });
    const until = network.clock;
    network.clock += 40 * day;
    network.write(bram, 'story-consent', { story: story.id, report: true, named: false });
    const now = network.clock + 1000;
    const { phone } = acrossCheckpoint(network.netId, network.entries, until, now);
    const full = deriveState(network.netId, verified(network.entries), now);
    expect(picture(phone)).toEqual(picture(full));
    expect((picture(phone) as { thanksBoard: string[] }).thanksBoard).toHaveLength(1);
    expect((picture(phone) as { storiesInReport: unknown[] }).storiesInReport).toHaveLength(1);
  });
});
