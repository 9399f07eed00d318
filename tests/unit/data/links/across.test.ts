// Posts and messages across a link in the data layer (protocol-links.md §3): a member shares
// their post and the other neighbourhood's board gets it as a row marked with the name; a
// message there and an answer back, each sealed to keys the state gave (the share, or the
// message answered). Hostile beside happy: someone else's post, a category outside the
// terms, a policy that does not allow it, and a message to a key nobody gave us.
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { EntryType } from '../../../../src/core/entry/bodies.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import { type Identity, newIdentity } from '../../../../src/core/Identity.ts';
import type { BodyInput } from '../../../../src/core/Ledger.ts';
import type { NetworkState } from '../../../../src/core/state/NetworkState.ts';
import { AcrossCommands, acrossConversationsOf, shareChoices } from '../../../../src/data/links/index.ts';
import type { WriteResult } from '../../../../src/data/session/WriteResult.ts';
import { acrossMessageRows, acrossPostRows } from '../../../../src/data/store/acrossRows.ts';
import { attest, idOfLink, stateWith, terms, writeLink } from '../../core/links/LinkedNetworks.ts';
import { keyOf, TestNetwork } from '../../core/TestNetwork.ts';

function linked(categories: string[] = []) {
  const a = new TestNetwork({ name: 'Oosterpark' });
  const b = new TestNetwork({ name: 'Transvaal' });
  const linkTerms = { ...terms, categories };
  const aHalf = writeLink(a, b, { terms: linkTerms, name: 'Transvaal' });
  const bHalf = writeLink(b, a, { terms: linkTerms, name: 'Oosterpark' });
  const ans = named(a, 'Ans');
  const bob = named(b, 'Bob');
  const link = idOfLink(a, b, linkTerms);
  return { a, b, aHalf, bHalf, ans, bob, link, id: toBase64Url(link) };
}

/** A member with a profile: the name a share carries. */
function named(network: TestNetwork, name: string): Identity {
  const member = network.member(name);
  network.write(member, 'profile', {
    name,
    area: 'Oosterpark',
    offers: [],
    words: '',
    languages: ['nl'],
    paused: false,
    perWeek: 0,
  });
  return member;
}

/** A member's device as the commands see it: writes go into its network, and are remembered. */
class Device {
  readonly written: SignedEntry[] = [];
  memberState: NetworkState | null = null;
  readonly commands: AcrossCommands;
  readonly network: TestNetwork;
  readonly identity: Identity;
  /** The member it writes for: itself, unless it is a member's second device. */
  private readonly member: Identity;
  constructor(network: TestNetwork, identity: Identity, member = identity) {
    this.network = network;
    this.identity = identity;
    this.member = member;
    this.commands = new AcrossCommands(this);
  }
  get memberKey(): string {
    return keyOf(this.member);
  }
  async write<T extends EntryType>(type: T, body: BodyInput<T>): Promise<WriteResult> {
    const signed = this.network.write(this.identity, type, body as never);
    this.written.push(signed);
    return { ok: true, entry: signed, id: toBase64Url(signed.id) };
  }
  /** Sees its own network, with the peer's entries given as foreign ones. */
  async see(peer: TestNetwork, foreign: readonly SignedEntry[]): Promise<NetworkState> {
    this.memberState = await stateWith(this.network, peer, foreign);
    return this.memberState;
  }
}

describe('sharing a post across', () => {
  it("writes a share with the author's name and live box keys, which the author's network counts", async () => {
    const { a, b, aHalf, bob, id } = linked();
    const post = b.post(bob, { category: 'klussen', title: 'Fiets maken' });
    const device = new Device(b, bob);
    const state = await device.see(a, [aHalf]);
    expect(shareChoices(state, 'klussen', toBase64Url(post.id))).toEqual([
      { link: id, name: 'Oosterpark', allowed: true, shared: false },
    ]);
    const result = await device.commands.share(toBase64Url(post.id), id);
    expect(result.ok).toBe(true);
    const share = device.written[0]?.entry.body as { name: string; boxKeys: Uint8Array[] };
    expect(share.name).toBe('Bob');
    expect(share.boxKeys).toEqual([bob.box.publicKey]);
    const after = await device.see(a, [aHalf]);
    expect(after.links.get(id)?.shares.has(toBase64Url(post.id))).toBe(true);
    expect(shareChoices(after, 'klussen', toBase64Url(post.id))[0]?.shared).toBe(true);
    // Twice is not needed.
    expect(await device.commands.share(toBase64Url(post.id), id)).toEqual({ ok: false, problem: 'not-needed' });
  });

  it("refuses someone else's post, and writes nothing", async () => {
    const { a, b, aHalf, bob, id } = linked();
    const olga = b.member('Olga');
    const post = b.post(bob);
    const device = new Device(b, olga);
    await device.see(a, [aHalf]);
    expect(await device.commands.share(toBase64Url(post.id), id)).toEqual({
      ok: false,
      problem: 'rule',
      rule: 'not-author',
    });
    expect(device.written).toHaveLength(0);
  });

  it('refuses a post in a category outside the terms, and says so in the choice', async () => {
    const { a, b, aHalf, bob, id } = linked(['tuin']);
    const post = b.post(bob, { category: 'klussen' });
    const device = new Device(b, bob);
    const state = await device.see(a, [aHalf]);
    expect(shareChoices(state, 'klussen', null)[0]?.allowed).toBe(false);
    expect(shareChoices(state, 'tuin', null)[0]?.allowed).toBe(true);
    expect(await device.commands.share(toBase64Url(post.id), id)).toEqual({
      ok: false,
      problem: 'rule',
      rule: 'not-shared',
    });
    expect(device.written).toHaveLength(0);
  });

  it("offers nothing while the policy does not allow sharing, or before the peer's half is here", async () => {
    const { a, b, aHalf, bob, id } = linked();
    const post = b.post(bob);
    const device = new Device(b, bob);
    expect(shareChoices(await device.see(a, []), 'klussen', null)).toEqual([]);
    expect((await device.commands.share(toBase64Url(post.id), id)).ok).toBe(false);
    const policy = (await b.state()).policy;
    b.write(b.founder, 'policy', { ...policy, shareAcross: false });
    expect(shareChoices(await device.see(a, [aHalf]), 'klussen', null)).toEqual([]);
    expect(await device.commands.share(toBase64Url(post.id), id)).toEqual({
      ok: false,
      problem: 'rule',
      rule: 'not-shared',
    });
    expect(device.written).toHaveLength(0);
  });
});

describe('the board and messages across', () => {
  /** Bob (Transvaal) shares a post; Transvaal attests it; Oosterpark sees it. */
  async function shared() {
    const net = linked();
    const { a, b, aHalf, bHalf, ans, bob, id } = net;
    const post = b.post(bob, { category: 'klussen', title: 'Fiets maken' });
    const hidden = b.post(bob, { category: 'klussen', title: 'Niet gedeeld' });
    const bobs = new Device(b, bob);
    await bobs.see(a, [aHalf]);
    await bobs.commands.share(toBase64Url(post.id), id);
    const share = bobs.written[0] as SignedEntry;
    const b1 = attest(b, net.link, [share, post]);
    const fromB = [bHalf, share, post, hidden, b1];
    const anss = new Device(a, ans);
    await anss.see(b, fromB);
    return { ...net, post, hidden, bobs, anss, fromB, b1 };
  }

  it("shows a shared post as a row marked with the neighbourhood's name; a post not shared never", async () => {
    const { anss, post, id } = await shared();
    const rows = acrossPostRows(anss.memberState as NetworkState);
    expect(rows.map((row) => row.title)).toEqual(['Fiets maken']);
    expect(rows[0]?.id).toBe(toBase64Url(post.id));
    expect(rows[0]?.across).toEqual({ link: id, place: 'Transvaal', name: 'Bob' });
    expect(rows[0]?.status).toBe('open');
  });

  it('a message there and an answer back: each side reads both, in one conversation', async () => {
    const { a, b, aHalf, ans, bob, id, post, bobs, anss, fromB, b1 } = await shared();
    const postId = toBase64Url(post.id);
    expect((await anss.commands.send(id, keyOf(bob), postId, 'Ik kan zaterdag')).ok).toBe(true);
    const question = anss.written[0] as SignedEntry;
    const a1 = attest(a, idOfLink(a, b), [question]);
    await bobs.see(a, [aHalf, question, a1]);
    const atBob = acrossMessageRows(bobs.memberState as NetworkState);
    expect(atBob).toHaveLength(1);
    expect(atBob[0]?.link).toBe(id);
    expect(bobs.commands.read(atBob[0] as never)).toBe('Ik kan zaterdag');

    // Bob answers from the keys Ans's message gave (his own post: no share of hers).
    expect((await bobs.commands.send(id, keyOf(ans), postId, 'Graag, om tien uur')).ok).toBe(true);
    const answer = bobs.written[1] as SignedEntry;
    const b2 = attest(b, idOfLink(a, b), [answer], { after: [b1] });
    await anss.see(b, [...fromB, answer, b2]);
    const atAns = acrossMessageRows(anss.memberState as NetworkState).sort((x, y) => x.time - y.time);
    expect(atAns.map((row) => anss.commands.read(row as never))).toEqual(['Ik kan zaterdag', 'Graag, om tien uur']);
    expect(new Set(atAns.map((row) => row.conversation)).size).toBe(1);
    expect(acrossConversationsOf(anss.memberState, keyOf(ans))).toEqual([
      expect.objectContaining({ link: id, place: 'Transvaal', post: postId, title: 'Fiets maken', name: 'Bob' }),
    ]);
    const bobRows = acrossMessageRows((await bobs.see(a, [aHalf, question, a1])) as NetworkState);
    expect(bobRows[0]?.conversation).toBe(atAns[0]?.conversation);
  });

  it('refuses a message to a key that is not on the share and never wrote us, and writes nothing', async () => {
    const { b, anss, id, post } = await shared();
    const olga = b.member('Olga');
    const stranger = new TestNetwork().founder;
    for (const to of [keyOf(olga), keyOf(stranger)]) {
      expect(await anss.commands.send(id, to, toBase64Url(post.id), 'Hallo')).toEqual({
        ok: false,
        problem: 'rule',
        rule: 'unknown-member',
      });
      expect(await anss.commands.send(id, to, null, 'Hallo')).toEqual({
        ok: false,
        problem: 'rule',
        rule: 'unknown-member',
      });
    }
    // Nor over a link that is not ours.
    expect((await anss.commands.send(toBase64Url(new Uint8Array(20)), keyOf(olga), null, 'Hallo')).ok).toBe(false);
    expect(anss.written).toHaveLength(0);
  });

  it("a member's second device shares a post and gets an answer across: both sides read both messages", async () => {
    const { a, b, aHalf, bHalf, ans, bob, link, id } = linked();
    const second = newIdentity();
    b.addDevice(bob, second);
    const phone = new Device(b, second, bob);
    const post = b.post(second, { category: 'klussen', title: 'Fiets maken' });
    await phone.see(a, [aHalf]);
    expect((await phone.commands.share(toBase64Url(post.id), id)).ok).toBe(true);
    const share = phone.written[0] as SignedEntry;
    const b1 = attest(b, link, [share, post]);
    const anss = new Device(a, ans);
    await anss.see(b, [bHalf, share, post, b1]);
    // Ans answers the key that shared it: the phone's.
    expect((await anss.commands.send(id, keyOf(second), toBase64Url(post.id), 'Ik kan zaterdag')).ok).toBe(true);
    const question = anss.written[0] as SignedEntry;
    const a1 = attest(a, link, [question]);
    await phone.see(a, [aHalf, question, a1]);
    const atPhone = acrossMessageRows(phone.memberState as NetworkState);
    expect(atPhone.map((row) => phone.commands.read(row as never))).toEqual(['Ik kan zaterdag']);
    expect(atPhone[0]?.to).toBe(keyOf(bob));
    // The phone answers; Ans reads it, and so does Bob's first device.
    expect((await phone.commands.send(id, keyOf(ans), toBase64Url(post.id), 'Graag')).ok).toBe(true);
    const answer = phone.written[1] as SignedEntry;
    const b2 = attest(b, link, [answer], { after: [b1] });
    await anss.see(b, [bHalf, share, post, b1, answer, b2]);
    const atAns = acrossMessageRows(anss.memberState as NetworkState).sort((x, y) => x.time - y.time);
    expect(atAns.map((row) => anss.commands.read(row as never))).toEqual(['Ik kan zaterdag', 'Graag']);
    const bobs = new Device(b, bob);
    await bobs.see(a, [aHalf, question, a1]);
    const atBob = acrossMessageRows(bobs.memberState as NetworkState).sort((x, y) => x.time - y.time);
    expect(atBob.map((row) => bobs.commands.read(row as never))).toEqual(['Ik kan zaterdag', 'Graag']);
  });

  it('after the link ended, writing on an old conversation says the link ended (not an unknown member)', async () => {
    const { a, b, anss, bob, id, post, link, fromB } = await shared();
    a.write(a.founder, 'link-end', { link, last: [], reason: 'Gestopt' });
    expect((await anss.see(b, fromB)).links.get(id)?.ended.own).not.toBeNull();
    expect(await anss.commands.send(id, keyOf(bob), toBase64Url(post.id), 'Hallo')).toEqual({
      ok: false,
      problem: 'rule',
      rule: 'link-ended',
    });
    expect(anss.written).toHaveLength(0);
  });
});
