// The audit log names what a coordinator's together acts were about: the activity called off
// or approved, the plan granted to (with its hours), and what a hide-post hid — a story's or
// plan's title, a thank-you's two names — not only a post's.
import { describe, expect, it } from 'vitest';
import type { NetworkState } from '../../../../src/core/state/NetworkState.ts';
import { auditLines } from '../../../../src/data/coordinator/auditSelectors.ts';
import type { SessionView } from '../../../../src/data/session/SessionView.ts';
import { neighbourhood, propose } from '../../core/planHistories.ts';
import { keyOf } from '../../core/TestNetwork.ts';

const hour = 60 * 60 * 1000;

function lines(state: NetworkState, memberKey: string) {
  return auditLines({ memberState: state, memberKey } as SessionView).map((line) => [
    line.type,
    line.about,
    line.minutes,
  ]);
}

describe('the audit log of together acts', () => {
  it('says what each was about', async () => {
    const { network, anna, bram, founder } = neighbourhood();
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
    const activity = network.write(anna, 'activity', {
      title: 'Samen koken',
      text: '',
      category: 'Koken',
      place: 'Buurthuis',
      starts: network.clock + hour,
      ends: network.clock + 2 * hour,
      seats: 0,
      worth: 60,
      pay: 'pot',
    });
    const plan = propose(network, anna);
    const story = network.write(anna, 'story', { title: 'De verhuizing', text: '', people: [] });
    const thanks = network.write(anna, 'thanks', { to: bram.signing.publicKey, text: 'Dank je!', transfer: null });
    network.write(founder, 'activity-approve', { activity: activity.id });
    network.write(founder, 'activity-call-off', { activity: activity.id, reason: 'Buurthuis dicht' });
    network.write(founder, 'plan-grant', { plan: plan.id, minutes: 90, reason: '' });
    for (const hidden of [plan, story, thanks]) network.write(founder, 'hide-post', { post: hidden.id, reason: '' });
    expect(lines(await network.state(), keyOf(founder)).slice(0, 6)).toEqual([
      ['hide-post', 'Anna → Bram', null],
      ['hide-post', 'De verhuizing', null],
      ['hide-post', 'Een bankje bij de speeltuin', null],
      ['plan-grant', 'Een bankje bij de speeltuin', 90],
      ['activity-call-off', 'Samen koken', null],
      ['activity-approve', 'Samen koken', null],
    ]);
  });
});
