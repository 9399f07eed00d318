// Two networks' sessions, linked over an in-memory pairing, their link rooms on one memory
// hub (protocol-links.md §2, §4, §6): a payment across is attested by both coordinators'
// devices on their own (LinkDutiesKeeper), counts on both sides, both state the same
// totals once; then one coordinator ends the link, both see it ended, and nothing counted
// is undone.
import { afterEach, describe, expect, it } from 'vitest';
import { idFromText, toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { endLink, linksOf, linkTermsOf } from '../../../../src/data/links/index.ts';
import type { NetworkSession } from '../../../../src/data/session/index.ts';
import { memoryPairingLinks } from '../../../../src/sync/MemoryPairingLink.ts';
import { secureLink } from '../../../../src/sync/pairingHandshake.ts';
import { Neighbourhood, postFields, until } from '../../../support/Neighbourhood.ts';

let hood = new Neighbourhood();
afterEach(async () => {
  await hood.close();
  hood = new Neighbourhood();
});

const terms = linkTermsOf([], 600, Date.UTC(2026, 11, 5));

/** Two founding coordinators, each of their own network, linked (both halves written). */
async function linked() {
  const founded = await hood.found('Carla');
  const oost = founded.session;
  const trans = (await hood.found('Kees')).session;
  const [a, b] = memoryPairingLinks();
  const [left, right] = await Promise.all([secureLink(a), secureLink(b)]);
  const [ours, theirs] = await Promise.all([oost.links.exchange(left, terms), trans.links.exchange(right, terms)]);
  if (!ours.ok || !theirs.ok) throw new Error('not agreed');
  expect((await oost.links.accept(ours.agreement)).ok).toBe(true);
  expect((await trans.links.accept(theirs.agreement)).ok).toBe(true);
  return { oost, trans, link: toBase64Url(ours.agreement.link), invite: founded.invite };
}

function linkOf(session: NetworkSession, link: string) {
  const found = session.memberState?.links.get(link);
  if (!found) throw new Error('no link');
  return found;
}

/** The link-type entries of this side, by type, as its own state holds them. */
function ownOfType(session: NetworkSession, type: string) {
  return session.memberState?.linkItems.filter((item) => item.side === 'own' && item.entry.type === type) ?? [];
}

describe('a link between two sessions', () => {
  it('a payment across is attested on both sides by themselves, counts in both, and both state it once; ending undoes nothing', async () => {
    const { oost, trans, link } = await linked();
    await until(oost, () => linkOf(oost, link).open);
    await until(trans, () => linkOf(trans, link).open);
    // Transvaal's coordinator shares a post: Oosterpark knows who it pays (knownPeerKeys.ts).
    const post = await trans.write('post', postFields({ title: 'Fiets maken' }));
    if (!post.ok) throw new Error(`post: ${post.problem}`);
    const shared = await trans.across.share(post.id, link);
    if (!shared.ok) throw new Error(`post-share: ${shared.problem}`);
    await until(oost, () => linkOf(oost, link).peerPosts.size > 0);

    const paid = await oost.write('cross-pay', {
      link: idFromText(link),
      to: idFromText(trans.memberKey),
      minutes: 45,
      what: 'Fiets gemaakt',
      post: null,
    });
    if (!paid.ok) throw new Error(`cross-pay: ${paid.problem}`);
    const counted = (session: NetworkSession) => linkOf(session, link).records.get(paid.id)?.counted === true;
    await until(oost, () => counted(oost));
    await until(trans, () => counted(trans));
    expect(oost.memberState?.clearing.get(trans.networkId)).toBe(45);
    expect(trans.memberState?.clearing.get(oost.networkId)).toBe(-45);
    // Both statements there, mirroring.
    await until(oost, () => linkOf(oost, link).statements.peer !== null && linkOf(oost, link).statements.own !== null);
    await until(trans, () => linkOf(trans, link).statements.peer !== null);
    expect(linkOf(oost, link).mirror).toBeNull();
    expect(linkOf(trans, link).mirror).toBeNull();
    // Each side attested the record once (Transvaal its share before it), and stated the
    // totals once: no loop.
    for (const [session, attestations] of [
      [oost, 1],
      [trans, 2],
    ] as const) {
      expect(ownOfType(session, 'link-attest')).toHaveLength(attestations);
      expect(ownOfType(session, 'link-statement')).toHaveLength(1);
      expect(ownOfType(session, 'link-roster')).toHaveLength(0);
    }

    // Ending: our heads as `last`; the other side sees it; the record still counts on both.
    const heads = linkOf(oost, link).heads.own;
    const ended = await endLink(oost, link, 'De proef is klaar.');
    if (!ended.ok) throw new Error(`link-end: ${ended.problem}`);
    expect((ended.entry.entry.body as { last: Uint8Array[] }).last.map(toBase64Url)).toEqual(heads);
    expect((await endLink(oost, link, 'nog eens')).ok).toBe(false);
    await until(trans, () => linksOf(trans)[0]?.endedBy === 'them');
    expect(linksOf(oost)[0]).toMatchObject({ endedBy: 'us', clearing: 45 });
    expect(linksOf(trans)[0]).toMatchObject({ endedBy: 'them', clearing: -45, endReason: 'De proef is klaar.' });
    expect(linksOf(oost)[0]?.endReason).toBe('De proef is klaar.');
    expect(counted(oost) && counted(trans)).toBe(true);
  });

  it('only a coordinator ends a link, and only a link of ours', async () => {
    const { oost, trans, link, invite } = await linked();
    const anna = await hood.admitted(oost, invite, 'Anna');
    await until(anna, () => anna.memberState?.links.has(link) === true);
    expect(await endLink(anna, link, '')).toMatchObject({ ok: false, problem: 'rule', rule: 'not-coordinator' });
    // A link id this network never made.
    expect(await endLink(oost, toBase64Url(new Uint8Array(20)), '')).toMatchObject({ ok: false, rule: 'no-link' });
    expect(linksOf(oost)[0]?.endedBy).toBeNull();
    expect(linksOf(trans)[0]?.endedBy).toBeNull();
  });

  it('a coordinator named after the link: our roster goes to the peer with the secret sealed anew, and the new device carries the link', async () => {
    const { oost, trans, link, invite } = await linked();
    await until(oost, () => linkOf(oost, link).open);
    const anna = await hood.admitted(oost, invite, 'Anna');
    const carrying = (session: NetworkSession) =>
      (session as unknown as { wired: { links: { carrying(): string[] } } }).wired.links.carrying();
    expect((await oost.coordinator.grantRole(anna.memberKey)).ok).toBe(true);
    // Anna's device is on the roster the peer holds for us, and opens the link room.
    const peerRoster = () => linkOf(trans, link).rosters.peer.at(-1)?.keys;
    await until(trans, () => peerRoster()?.has(anna.me) === true);
    expect([...(peerRoster() ?? [])].sort()).toEqual([oost.me, anna.me].sort());
    await until(anna, () => carrying(anna).includes(link));
    expect(ownOfType(oost, 'link-roster')).toHaveLength(1);
    expect(ownOfType(anna, 'link-roster')).toHaveLength(1);
  });
});
