// Issue 20: ideas, help that comes back and "ervaring met" are in a checkpoint's summary
// (docs/protocol.md §4.8, as built). A phone that starts from the summary has the ideas no
// coordinator took off, the `recurring` of each open post and each member's latest
// `profile-more`; a page that changes any of them is found false.
import { describe, expect, it } from 'vitest';
import { checkCheckpoint } from '../../../../src/core/checkpoint/checkCheckpoint.ts';
import { paginate } from '../../../../src/core/checkpoint/pages.ts';
import type { CheckpointRecord } from '../../../../src/core/checkpoint/records.ts';
import { checkpointSummary } from '../../../../src/core/checkpoint/summary.ts';
import { hash } from '../../../../src/core/crypto/hash.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { bodyOf, idOf, keyOf, TestNetwork } from '../TestNetwork.ts';
import { acrossCheckpoint, verified } from './checkpointing.ts';
import { day } from './histories.ts';

function history() {
  const network = new TestNetwork();
  const carla = network.member('Carla');
  network.grant(carla);
  const anna = network.member('Anna');
  const bram = network.member('Bram');
  const board = network.write(anna, 'idea', { text: 'Een moestuin op het plein', sealed: null });
  const sealed = { eph: new Uint8Array(32).fill(3), keys: [], box: new Uint8Array(16) };
  const quiet = network.write(bram, 'idea', { text: null, sealed });
  const hidden = network.write(bram, 'idea', { text: 'Koop mijn fiets', sealed: null });
  network.write(network.founder, 'hide-post', { post: hidden.id, reason: 'geen idee' });
  const post = network.post(anna, { title: 'Boodschappen' });
  const closed = network.post(anna, { title: 'Eenmalig' });
  const review = (after: number) => network.clock + after * day;
  network.write(anna, 'recurring', { post: post.id, with: bram.signing.publicKey, review: review(30), ends: null });
  network.write(bram, 'recurring', { post: closed.id, with: anna.signing.publicKey, review: review(30), ends: null });
  network.write(anna, 'post-close', { post: closed.id, reason: 'done' });
  network.write(anna, 'profile-more', { experience: 'Ervaring met tuinieren' });
  const latest = network.write(anna, 'profile-more', { experience: 'Ervaring met koken' });
  const until = network.clock;
  network.tick(40 * day);
  const honest = checkpointSummary(network.netId, { part: 1, after: null, until }, verified(network.entries));
  return { network, carla, anna, bram, board, quiet, hidden, post, closed, latest, until, honest };
}

describe('ideas, recurring and profile-more in a checkpoint', () => {
  it('the summary holds the ideas still open, the recurring of open posts and the latest profile-more', () => {
    const { network, anna, bram, board, quiet, hidden, post, closed, latest, until, honest } = history();
    const open = honest.sections.open.map((record) => record.key);
    expect(open.filter((key) => key.startsWith('idea ')).sort()).toEqual(
      [`idea ${idOf(board)}`, `idea ${idOf(quiet)}`].sort(),
    );
    expect(open).not.toContain(`idea ${idOf(hidden)}`);
    const pair = [keyOf(anna), keyOf(bram)].sort().join(' ');
    expect(open.filter((key) => key.startsWith('recurring '))).toEqual([`recurring ${idOf(post)} ${pair}`]);
    const member = honest.sections.members.find((record) => record.key === keyOf(anna));
    expect(member?.experience).toEqual({
      text: 'Ervaring met koken',
      from: { time: latest.entry.time, id: idOf(latest) },
    });
    const carried = honest.sections.carried.map((record) => record.key);
    expect(carried).toEqual(expect.arrayContaining([idOf(board), idOf(quiet), idOf(latest)]));
    expect(carried).not.toContain(idOf(hidden));

    // A phone from the checkpoint has them, and judges what comes after against them.
    network.write(network.founder, 'hide-post', { post: board.id, reason: 'klaar' });
    const stop = network.write(bram, 'recurring', {
      ...{ post: post.id, with: anna.signing.publicKey },
      ...{ review: network.clock + day, ends: network.clock - 1 },
    });
    // One on the post closed in F waits on every device, as any entry naming what F closed (§4.8).
    const late = network.write(anna, 'recurring', {
      ...{ post: closed.id, with: bram.signing.publicKey },
      ...{ review: network.clock + day, ends: null },
    });
    const { phone, archive } = acrossCheckpoint(network.netId, network.entries, until, network.clock + 1000);
    for (const state of [phone, archive]) {
      expect([...state.ideas.keys()].sort()).toEqual([idOf(board), idOf(quiet)].sort());
      expect(state.hiddenPosts.has(idOf(board))).toBe(true);
      expect(state.ideas.get(idOf(quiet))?.sealed).toEqual(bodyOf(quiet, 'idea').sealed);
      expect([...state.recurring.values()].map((r) => [r.post, r.by, r.ends])).toEqual([
        [idOf(post), keyOf(bram), bodyOf(stop, 'recurring').ends],
      ]);
      expect(state.members.get(keyOf(anna))?.experience?.text).toBe('Ervaring met koken');
      expect(state.rejected.get(idOf(late))?.reason).toBe('missing-ref');
    }
  });

  for (const [what, change] of [
    [
      'an idea',
      (s: Sections) => edit(s.open, 'idea ', (r) => ({ ...r, idea: { ...(r.idea as object), text: 'Iets anders' } })),
    ],
    [
      'a recurring',
      (s: Sections) =>
        edit(s.open, 'recurring ', (r) => ({ ...r, recurring: { ...(r.recurring as object), ends: 1 } })),
    ],
    [
      'a profile-more',
      (s: Sections) =>
        edit(s.members, '', (r) =>
          r.experience ? { ...r, experience: { ...(r.experience as object), text: 'Nep' } } : r,
        ),
    ],
  ] as const) {
    it(`a page with ${what} changed is found false`, () => {
      const { network, carla, until, honest } = history();
      const sections = structuredClone(honest.sections);
      change(sections);
      const forged = paginate({ net: network.net, part: 1, after: null, until }, sections);
      const entry = network.write(carla, 'checkpoint', { part: 1, after: null, summary: forged.hash });
      const held = new Map(verified(network.entries).map((item) => [item.idText, item]));
      const verdict = checkCheckpoint(
        network.netId,
        bodyOf(entry, 'checkpoint'),
        { summary: forged.summary, pages: forged.pages },
        held,
      );
      const page = honest.pages.findIndex(
        (bytes, index) => toBase64Url(bytes) !== toBase64Url(forged.pages[index] ?? new Uint8Array()),
      );
      expect(page).toBeGreaterThanOrEqual(0);
      expect(verdict).toMatchObject({ kind: 'false', why: 'differs', page });
      expect(toBase64Url((verdict as { correct: Uint8Array }).correct)).toBe(
        toBase64Url(hash(honest.pages[page] as Uint8Array)),
      );
    });
  }
});

type Sections = ReturnType<typeof history>['honest']['sections'];

/** Changes the first record whose key starts with `prefix` and that `change` alters. */
function edit(records: CheckpointRecord[], prefix: string, change: (record: CheckpointRecord) => CheckpointRecord) {
  const index = records.findIndex((record) => record.key.startsWith(prefix) && change(record) !== record);
  if (index < 0) throw new Error(`no ${prefix} record`);
  records[index] = change(records[index] as CheckpointRecord);
}
