// A member pays hours across a link from a device (src/data/links/CrossPayCommands.ts): the
// device refuses before writing what could only hang (past the link's limit, to someone
// the link does not know, on a link not open or ended), and the member's hours and the
// coordinators' accounts read what both networks count once both attested.
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { EntryType } from '../../../../src/core/entry/bodies.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import type { Identity } from '../../../../src/core/Identity.ts';
import type { BodyInput } from '../../../../src/core/Ledger.ts';
import { nextAttestation, statementBody, toCarryOut } from '../../../../src/core/links/carry.ts';
import type { NetworkState } from '../../../../src/core/state/NetworkState.ts';
import {
  CrossPayCommands,
  crossHoursOf,
  linkAccountOf,
  linkRoom,
  peerPayees,
} from '../../../../src/data/links/index.ts';
import type { SessionView } from '../../../../src/data/session/SessionView.ts';
import type { WriteResult } from '../../../../src/data/session/WriteResult.ts';
import { crossPay, idOfLink, stateWith, terms, writeLink } from '../../core/links/LinkedNetworks.ts';
import { idOf, keyOf, TestNetwork } from '../../core/TestNetwork.ts';

/** Oosterpark (Ans) and Transvaal (Bob, who shared a post), linked with `limit` minutes. */
function linked(limit = 60, creditLimit = 600) {
  const a = new TestNetwork({ name: 'Oosterpark', creditLimit });
  const b = new TestNetwork({ name: 'Transvaal' });
  const small = { ...terms, limit };
  writeLink(a, b, { terms: small, name: 'Transvaal' });
  writeLink(b, a, { terms: small, name: 'Oosterpark' });
  const link = idOfLink(a, b, small);
  const ans = a.member('Ans');
  const bob = b.member('Bob');
  const post = b.post(bob, { category: 'tuin', title: 'Ik snoei je heg' });
  b.write(bob, 'post-share', { post: post.id, link, name: 'Bob', boxKeys: [bob.box.publicKey] });
  return { a, b, link, linkId: toBase64Url(link), ans, bob, post: idOf(post) };
}

/** Carries each side's entries to the other and attests what each may, until nothing changes. */
async function playOut(a: TestNetwork, b: TestNetwork, linkId: string, rounds = 4) {
  let stateA: NetworkState = await a.state();
  let stateB: NetworkState = await b.state();
  for (let round = 0; round < rounds; round++) {
    const carried = (network: TestNetwork, state: NetworkState): SignedEntry[] => {
      const ids = new Set(toCarryOut(state, linkId));
      return network.entries.filter((entry) => ids.has(idOf(entry)));
    };
    stateA = await stateWith(a, b, carried(b, stateB));
    stateB = await stateWith(b, a, carried(a, stateA));
    const nextA = nextAttestation(stateA, linkId).body;
    const nextB = nextAttestation(stateB, linkId).body;
    if (nextA) a.write(a.founder, 'link-attest', nextA);
    if (nextB) b.write(b.founder, 'link-attest', nextB);
  }
  stateA = await stateWith(
    a,
    b,
    b.entries.filter((entry) => new Set(toCarryOut(stateB, linkId)).has(idOf(entry))),
  );
  return { stateA, stateB };
}

/** `network`'s state now, with what `peer` carried out so far (not attesting anything). */
async function stateNow(network: TestNetwork, peer: TestNetwork, linkId: string): Promise<NetworkState> {
  const ids = new Set(toCarryOut(await peer.state(), linkId));
  return stateWith(
    network,
    peer,
    peer.entries.filter((entry) => ids.has(idOf(entry))),
  );
}

/** A member's device over a state: writes go into the network's log, and are counted. */
function device(network: TestNetwork, member: Identity, state: NetworkState) {
  const written: EntryType[] = [];
  const host = {
    memberState: state,
    memberKey: keyOf(member),
    async write<T extends EntryType>(type: T, body: BodyInput<T>): Promise<WriteResult> {
      written.push(type);
      const entry = network.write(member, type, body);
      return { ok: true, entry, id: idOf(entry) };
    },
  };
  return { commands: new CrossPayCommands(host), written };
}

function viewOf(state: NetworkState, member: Identity): SessionView {
  return { memberState: state, memberKey: keyOf(member) } as SessionView;
}

describe('paying hours across a link', () => {
  it('the payer finds the peer member by a shared post; both members see the hours once both attested', async () => {
    const { a, b, linkId, ans, bob, post } = linked();
    const first = await playOut(a, b, linkId);
    expect(peerPayees(viewOf(first.stateA, ans))).toEqual([
      { link: linkId, buurt: 'Transvaal', member: keyOf(bob), name: 'Bob', post, title: 'Ik snoei je heg' },
    ]);
    const { commands } = device(a, ans, first.stateA);
    const paid = await commands.pay({ link: linkId, to: keyOf(bob), minutes: 45, what: ' Heg gesnoeid ', post });
    expect(paid.ok).toBe(true);
    // Written, not yet attested by either side: it waits for both neighbourhoods.
    const waiting = crossHoursOf(await stateNow(a, b, linkId), keyOf(ans));
    expect(waiting.map((line) => [line.minutes, line.counted])).toEqual([[-45, false]]);
    const { stateA, stateB } = await playOut(a, b, linkId);
    expect(crossHoursOf(stateA, keyOf(ans))).toMatchObject([
      { minutes: -45, buurt: 'Transvaal', name: 'Bob', what: 'Heg gesnoeid', counted: true },
    ]);
    expect(crossHoursOf(stateB, keyOf(bob))).toMatchObject([
      { minutes: 45, buurt: 'Oosterpark', name: null, what: 'Heg gesnoeid', counted: true },
    ]);
    expect(stateA.members.get(keyOf(ans))?.balance).toBe(120 - 45);
    expect(stateB.members.get(keyOf(bob))?.balance).toBe(120 + 45);
    const linkA = stateA.links.get(linkId);
    const linkB = stateB.links.get(linkId);
    if (!linkA || !linkB) throw new Error('no link');
    expect(linkAccountOf(stateA, linkA)).toMatchObject({ buurt: 'Transvaal', clearing: 45, records: 1, waiting: 0 });
    expect(linkAccountOf(stateB, linkB)).toMatchObject({ buurt: 'Oosterpark', clearing: -45, records: 1, waiting: 0 });
    expect(linkAccountOf(stateA, linkA).mirror).toEqual({ state: 'none' });
  });

  it('a payment past the link limit is refused before writing, also while an earlier one still waits', async () => {
    const { a, b, linkId, ans, bob, post } = linked(60);
    const { stateA } = await playOut(a, b, linkId);
    expect(linkRoom(stateA, linkId)).toBe(60);
    const { commands, written } = device(a, ans, stateA);
    expect(commands.check(linkId)).toBe('ok');
    expect(commands.check(linkId, 61)).toBe('over-link-limit');
    expect(await commands.pay({ link: linkId, to: keyOf(bob), minutes: 61, what: 'Te veel', post })).toEqual({
      ok: false,
      problem: 'rule',
      rule: 'over-link-limit',
    });
    expect(written).toEqual([]);
    // 45 written, not attested yet: 30 more would be past the limit once our device attests.
    expect((await commands.pay({ link: linkId, to: keyOf(bob), minutes: 45, what: 'Heg', post })).ok).toBe(true);
    const waiting = await stateNow(a, b, linkId);
    const pending = device(a, ans, waiting);
    expect(linkRoom(waiting, linkId)).toBe(15);
    expect(pending.commands.check(linkId, 30)).toBe('over-link-limit');
    // Once attested on both sides, the same: the limit counts what our attestations counted.
    const done = await playOut(a, b, linkId);
    const after = device(a, ans, done.stateA);
    expect(after.commands.check(linkId, 30)).toBe('over-link-limit');
    expect(after.commands.check(linkId, 15)).toBe('ok');
    expect(after.written).toEqual([]);
  });

  it('hours paid back make room again', async () => {
    const { a, b, link, linkId, ans, bob, post } = linked(60);
    await playOut(a, b, linkId);
    crossPay(a, ans, link, bob, 60);
    const full = await playOut(a, b, linkId);
    expect(device(a, ans, full.stateA).commands.check(linkId)).toBe('over-link-limit');
    crossPay(b, bob, link, ans, 30);
    const back = await playOut(a, b, linkId);
    expect(linkRoom(back.stateA, linkId)).toBe(30);
    // Ans may now pay Bob, whom this network knows by his post and his record.
    const { commands } = device(a, ans, back.stateA);
    expect((await commands.pay({ link: linkId, to: keyOf(bob), minutes: 30, what: 'Heg', post })).ok).toBe(true);
  });

  it('refuses a payee the link does not know: not a shared post author, nor a record other side', async () => {
    const { a, b, linkId, ans, post } = linked();
    const { stateA } = await playOut(a, b, linkId);
    const stranger = b.member('Onbekend');
    const { commands, written } = device(a, ans, stateA);
    expect(await commands.pay({ link: linkId, to: keyOf(stranger), minutes: 30, what: 'Heg', post })).toEqual({
      ok: false,
      problem: 'rule',
      rule: 'unknown-member',
    });
    // A member of our own network is not a member of the peer either.
    expect((await commands.pay({ link: linkId, to: keyOf(a.founder), minutes: 30, what: 'x', post: null })).ok).toBe(
      false,
    );
    expect(written).toEqual([]);
  });

  it('refuses on a link not open yet, an unknown link, and a link that ended', async () => {
    const { a, b, link, linkId, ans } = linked();
    const half = await a.state();
    expect(device(a, ans, half).commands.check(linkId)).toBe('no-link');
    expect(device(a, ans, half).commands.check('bm9uc2Vuc2U')).toBe('no-link');
    const { stateA } = await playOut(a, b, linkId);
    expect(device(a, ans, stateA).commands.check(linkId)).toBe('ok');
    a.write(a.founder, 'link-end', { link, last: [], reason: 'Gestopt' });
    const ended = await playOut(a, b, linkId, 1);
    expect(device(a, ans, ended.stateA).commands.check(linkId)).toBe('link-ended');
    expect(device(b, b.member('Bea'), ended.stateB).commands.check(linkId)).toBe('link-ended');
  });

  it("refuses past the payer's credit limit, as a pledge is", async () => {
    const { a, b, linkId, ans, bob, post } = linked(6000, 30);
    const { stateA } = await playOut(a, b, linkId);
    const { commands, written } = device(a, ans, stateA);
    // Ans has 120 minutes, the credit limit is 30: 150 is the most.
    expect(commands.check(linkId, 150)).toBe('ok');
    expect(await commands.pay({ link: linkId, to: keyOf(bob), minutes: 151, what: 'Heg', post })).toEqual({
      ok: false,
      problem: 'over-limit',
    });
    expect(written).toEqual([]);
  });

  it('the coordinators see whether the last statements mirror', async () => {
    const { a, b, link, linkId, ans, bob } = linked();
    await playOut(a, b, linkId);
    crossPay(a, ans, link, bob, 30);
    const played = await playOut(a, b, linkId);
    const ours = statementBody(played.stateA, linkId);
    const theirs = statementBody(played.stateB, linkId);
    if (!ours || !theirs) throw new Error('no statement');
    a.write(a.founder, 'link-statement', ours);
    b.write(b.founder, 'link-statement', theirs);
    const { stateA, stateB } = await playOut(a, b, linkId);
    for (const state of [stateA, stateB]) {
      const found = state.links.get(linkId);
      if (!found) throw new Error('no link');
      expect(linkAccountOf(state, found).mirror).toEqual({ state: 'mirrors' });
    }
  });

  it("flags the link with the records when the other side's statement does not mirror ours", async () => {
    const { a, b, link, linkId, ans, bob } = linked();
    await playOut(a, b, linkId);
    const paid = crossPay(a, ans, link, bob, 30);
    // Transvaal's statement counts nothing: it does not mirror what Oosterpark counts.
    b.write(b.founder, 'link-statement', { link, count: 0, sum: 0, digest: new Uint8Array(32) });
    const { stateA } = await playOut(a, b, linkId);
    const found = stateA.links.get(linkId);
    if (!found) throw new Error('no link');
    expect(found.records.get(idOf(paid))?.counted).toBe(true);
    expect(linkAccountOf(stateA, found).mirror.state).toBe('differs');
  });

  it('a member of a third network cannot pay on a link between two others', async () => {
    const { a, b, linkId } = linked();
    await playOut(a, b, linkId);
    const c = new TestNetwork({ name: 'Indische Buurt' });
    const cas = c.member('Cas');
    const { commands, written } = device(c, cas, await c.state());
    expect(commands.check(linkId)).toBe('no-link');
    expect((await commands.pay({ link: linkId, to: keyOf(b.founder), minutes: 30, what: 'x', post: null })).ok).toBe(
      false,
    );
    expect(written).toEqual([]);
  });
});
