// An open post's record names the carried entry that holds its fields (docs/protocol.md
// §4.8): the summary does not write a post's text a second time, and a device starting
// from it reads the fields from that entry, waiting while it is not here.
import { describe, expect, it } from 'vitest';
import { readPages, readSummary } from '../../../../src/core/checkpoint/pages.ts';
import { stateFromCheckpoint } from '../../../../src/core/checkpoint/stateFromCheckpoint.ts';
import { checkpointSummary } from '../../../../src/core/checkpoint/summary.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { bodyOf, TestNetwork } from '../TestNetwork.ts';
import { verified } from './checkpointing.ts';
import { day } from './histories.ts';

function postsAtCheckpoint() {
  const network = new TestNetwork();
  const anna = network.member('Anna');
  const kept = network.post(anna, { title: 'Ik help met de tuin', text: 'Elke zaterdag, met eigen gereedschap.' });
  const changed = network.post(anna, { title: 'Wie leent een ladder?', text: 'Voor de dakgoot.' });
  const update = network.write(anna, 'post-update', {
    ...bodyOf(changed, 'post'),
    post: changed.id,
    title: 'Wie leent een lange ladder?',
    minutes: 90,
  });
  // Written at the kiosk's or a coordinator's hands: `via` comes from the post entry.
  const helped = network.post(anna, { title: 'Boodschappen op dinsdag' }, { via: network.founder.signing.publicKey });
  const until = network.clock;
  network.tick(40 * day);
  const all = verified(network.entries);
  const built = checkpointSummary(network.netId, { part: 1, after: null, until }, all);
  const summary = readSummary(built.summary);
  const sections = summary && readPages(summary, built.pages);
  if (!sections) throw new Error('pages do not read back');
  const listed = new Set(sections.carried.map((record) => record.key));
  const carried = all.filter((item) => listed.has(item.idText));
  return { network, built, sections, carried, kept, changed, update, helped };
}

describe("an open post's record", () => {
  it('holds no field of the post; the entry it names is carried', () => {
    const { built, sections, changed, update } = postsAtCheckpoint();
    const pages = new TextDecoder().decode(Buffer.concat(built.pages));
    for (const text of ['Ik help met de tuin', 'Elke zaterdag', 'Wie leent', 'Voor de dakgoot']) {
      expect(pages).not.toContain(text);
    }
    const record = sections.open.find((r) => r.key === `post ${toBase64Url(changed.id)}`);
    // Its latest entry only; its author, device, times and fields are in the carried entries.
    expect(Object.keys(record ?? {}).sort()).toEqual(['key', 'updatedFrom']);
    expect(record?.updatedFrom).toMatchObject({ id: toBase64Url(update.id) });
    expect(sections.carried.map((r) => r.key)).toEqual(
      expect.arrayContaining([toBase64Url(changed.id), toBase64Url(update.id)]),
    );
  });

  it('is read back with the fields of its latest entry, as derive(F) has them', () => {
    const { network, built, sections, carried, kept, changed, helped } = postsAtCheckpoint();
    const start = stateFromCheckpoint(network.netId, sections, carried);
    const state = start?.();
    expect(built.state.posts.get(toBase64Url(helped.id))?.via).toBeTruthy();
    for (const post of [kept, changed, helped]) {
      const id = toBase64Url(post.id);
      expect(state?.posts.get(id)).toEqual(built.state.posts.get(id));
    }
    expect(state?.posts.get(toBase64Url(changed.id))).toMatchObject({
      title: 'Wie leent een lange ladder?',
      minutes: 90,
    });
  });

  it('waits (no start) while the post or its latest update is not here', () => {
    const { network, sections, carried, changed, update } = postsAtCheckpoint();
    for (const missing of [changed, update]) {
      const without = carried.filter((item) => item.idText !== toBase64Url(missing.id));
      expect(stateFromCheckpoint(network.netId, sections, without)).toBeNull();
    }
  });

  it('of a false summary, naming an update by another member or at another time, leaves the post out', () => {
    const { network, sections, carried, changed } = postsAtCheckpoint();
    const bram = network.member('Bram');
    // Refused by the rules (not its author), so never a post's latest entry in derive(F).
    const foreign = network.write(bram, 'post-update', {
      ...bodyOf(changed, 'post'),
      post: changed.id,
      title: 'Gratis fietsen, vraag Bram',
    });
    const item = { idText: toBase64Url(foreign.id), entry: foreign.entry };
    const key = `post ${toBase64Url(changed.id)}`;
    const falsified = (updatedFrom: { time: number; id: string }) => ({
      ...sections,
      open: sections.open.map((record) => (record.key === key ? { ...record, updatedFrom } : record)),
      carried: [...sections.carried, { key: item.idText }],
    });
    const record = sections.open.find((r) => r.key === key) as unknown as { updatedFrom: { time: number; id: string } };
    for (const updatedFrom of [
      { time: foreign.entry.time, id: item.idText },
      { ...record.updatedFrom, time: record.updatedFrom.time + 1 },
    ]) {
      const state = stateFromCheckpoint(network.netId, falsified(updatedFrom), [...carried, item])?.();
      expect(state?.posts.has(toBase64Url(changed.id))).toBe(false);
      expect(state?.posts.size).toBe(2);
    }
  });
});
