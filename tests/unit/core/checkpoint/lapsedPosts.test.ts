// A post lapses 90 days after it stopped showing (docs/protocol.md §4.8,
// src/core/checkpoint/postLapse.ts): a checkpoint whose `until` is later leaves it out, so four
// years of posts that nobody closed do not travel to every new phone. Nothing after the
// checkpoint can change it then, on a phone and on an archive device alike; a post that
// expired more recently is still carried. A post shows at most six months after it was last
// written, whatever later `expires` it claims: one that claims 2100 lapses all the same.
import { describe, expect, it } from 'vitest';
import { longestShowingDays, postShowsUntil } from '../../../../src/core/checkpoint/postLapse.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { postRow } from '../../../../src/data/store/tableRows.ts';
import { bodyOf, TestNetwork } from '../TestNetwork.ts';
import { acrossCheckpoint, picture } from './checkpointing.ts';
import { day } from './histories.ts';

function lapsedAndExpired() {
  const network = new TestNetwork();
  const anna = network.member('Anna');
  const lapsed = network.post(anna, { title: 'Oude vraag', expires: network.clock + 30 * day });
  network.tick(200 * day);
  const expired = network.post(anna, { title: 'Recent verlopen', expires: network.clock - 10 * day });
  const open = network.post(anna, { title: 'Nog open' });
  const until = network.clock;
  network.tick(40 * day);
  // The author renews both expired posts after the checkpoint.
  const renewals = [lapsed, expired].map((post) =>
    network.write(anna, 'post-update', { ...bodyOf(post, 'post'), post: post.id, expires: network.clock + 90 * day }),
  );
  const across = acrossCheckpoint(network.netId, network.entries, until, network.clock + 1000);
  return { network, ...across, lapsed, expired, open, renewals };
}

describe('a lapsed post at a checkpoint', () => {
  it('is not carried: neither its record nor its entry', () => {
    const { built, lapsed, expired, open } = lapsedAndExpired();
    const keys = new Set(built.sections.open.map((record) => record.key));
    const carried = new Set(built.sections.carried.map((record) => record.key));
    expect(keys.has(`post ${toBase64Url(lapsed.id)}`)).toBe(false);
    expect(carried.has(toBase64Url(lapsed.id))).toBe(false);
    for (const post of [expired, open]) {
      expect(keys.has(`post ${toBase64Url(post.id)}`)).toBe(true);
      expect(carried.has(toBase64Url(post.id))).toBe(true);
    }
  });

  it('cannot be renewed after it, on a phone or an archive device; a post expired for less than 90 days can', () => {
    const { phone, archive, lapsed, expired, renewals } = lapsedAndExpired();
    const [ofLapsed, ofExpired] = renewals.map((entry) => toBase64Url(entry.id));
    for (const state of [phone, archive]) {
      expect(state.posts.has(toBase64Url(lapsed.id))).toBe(false);
      expect(state.applied.has(ofLapsed as string)).toBe(false);
      expect(state.applied.has(ofExpired as string)).toBe(true);
      expect(state.posts.get(toBase64Url(expired.id))?.updatedFrom.id).toBe(ofExpired);
    }
    expect(picture(phone)).toEqual(picture(archive));
  });

  it('claiming a far expiry does not keep it: it shows six months after it was written, and lapses 90 days later', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const forever = network.post(anna, { title: 'Voor altijd', expires: Date.UTC(2100, 0, 1) });
    const written = network.clock;
    network.tick(10 * day);
    const recent = network.post(anna, { title: 'Half jaar', expires: network.clock + 180 * day });
    network.tick((longestShowingDays + 81) * day);
    const until = network.clock;
    network.tick(day);
    const { built } = acrossCheckpoint(network.netId, network.entries, until, network.clock);
    const keys = new Set(built.sections.open.map((record) => record.key));
    expect(keys.has(`post ${toBase64Url(forever.id)}`)).toBe(false);
    // The editor's six months, written ten days later, have not lapsed yet: still carried.
    expect(keys.has(`post ${toBase64Url(recent.id)}`)).toBe(true);
    // Without a checkpoint it is still held, shown until six months after it was written.
    const whole = await network.state();
    const shown = whole.posts.get(toBase64Url(forever.id));
    expect(shown && postShowsUntil(shown)).toBe(written + longestShowingDays * day);
    expect(postRow(whole, toBase64Url(forever.id))?.expires).toBe(written + longestShowingDays * day);
  });
});
