// Hours across a link (docs/protocol-links.md §4): one record, which both networks count or
// neither; each network still sums to zero with a clearing account per link, and the two
// clearing accounts are each other's negative.
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { foreignKey } from '../../../../src/core/links/crossingTypes.ts';
import type { Link } from '../../../../src/core/links/LinkState.ts';
import { linkTotals } from '../../../../src/core/links/statements.ts';
import { idOf, keyOf, TestNetwork } from '../TestNetwork.ts';
import {
  attest,
  crossPay,
  foreignRecords,
  idOfLink,
  ledgerWith,
  linkIdText,
  stateWith,
  sumOfAccounts,
  terms,
  writeLink,
} from './LinkedNetworks.ts';

/** A (Oosterpark) and B (Transvaal), linked; Ans of A pays Bob of B. */
function linked(limit = terms.limit) {
  const a = new TestNetwork({ name: 'Oosterpark' });
  const b = new TestNetwork({ name: 'Transvaal' });
  const linkTerms = { ...terms, limit };
  const aHalf = writeLink(a, b, { terms: linkTerms });
  const bHalf = writeLink(b, a, { terms: linkTerms });
  const ans = a.member('Ans');
  const bob = b.member('Bob');
  return { a, b, aHalf, bHalf, ans, bob, link: idOfLink(a, b, linkTerms), id: linkIdText(a, b, linkTerms) };
}

describe('a payment across', () => {
  it('counts in both networks once both attestations are there, and each still sums to zero', async () => {
    const { a, b, aHalf, bHalf, ans, bob, link, id } = linked();
    const pay = crossPay(a, ans, link, bob, 90);
    const aAttest = attest(a, link, [pay]);
    const bAttest = attest(b, link, [pay]);

    const stateA = await stateWith(a, b, [bHalf, bAttest]);
    const stateB = await stateWith(b, a, [aHalf, pay, aAttest]);
    expect(stateA.members.get(keyOf(ans))?.balance).toBe(120 - 90);
    expect(stateB.members.get(keyOf(bob))?.balance).toBe(120 + 90);
    expect(stateA.clearing.get(b.netId)).toBe(90);
    expect(stateB.clearing.get(a.netId)).toBe(-90);
    expect(sumOfAccounts(stateA)).toBe(0);
    expect(sumOfAccounts(stateB)).toBe(0);
    expect(stateA.links.get(id)?.records.get(idOf(pay))?.counted).toBe(true);
    expect(stateB.foreignApplied.has(foreignKey(a.net, pay.id))).toBe(true);
  });

  it('counts in neither while one attestation is missing: the record waits', async () => {
    const { a, b, aHalf, bHalf, ans, bob, link, id } = linked();
    const pay = crossPay(a, ans, link, bob, 90);
    attest(a, link, [pay]);
    const stateA = await stateWith(a, b, [bHalf]);
    expect(stateA.members.get(keyOf(ans))?.balance).toBe(120);
    expect(stateA.links.get(id)?.records.get(idOf(pay))?.waiting).toBe('missing-ref');
    expect(sumOfAccounts(stateA)).toBe(0);
    const stateB = await stateWith(b, a, [aHalf, pay]);
    expect(stateB.members.get(keyOf(bob))?.balance).toBe(120);
    expect(stateB.foreignRejected.get(foreignKey(a.net, pay.id))?.reason).toBe('missing-ref');
  });

  it('an attestation by a key not on the roster does not count (not-roster)', async () => {
    const { a, b, aHalf, bHalf, ans, bob, link } = linked();
    const pay = crossPay(a, ans, link, bob, 90);
    const aAttest = attest(a, link, [pay]);
    const coordinator = b.member('Nieuw');
    b.grant(coordinator);
    const bAttest = attest(b, link, [pay], { by: coordinator });
    const stateA = await stateWith(a, b, [bHalf, bAttest]);
    expect(stateA.foreignRejected.get(foreignKey(b.net, bAttest.id))?.reason).toBe('not-roster');
    expect(stateA.members.get(keyOf(ans))?.balance).toBe(120);
    const stateB = await stateWith(b, a, [aHalf, pay, aAttest]);
    expect(stateB.rejected.get(idOf(bAttest))?.reason).toBe('not-roster');
    expect(stateB.members.get(keyOf(bob))?.balance).toBe(120);
  });

  it('a member may not attest', async () => {
    const { a, b, bHalf, ans, bob, link } = linked();
    const pay = crossPay(a, ans, link, bob, 90);
    const own = attest(a, link, [pay], { by: ans });
    const stateA = await stateWith(a, b, [bHalf]);
    expect(stateA.rejected.get(idOf(own))?.reason).toBe('not-coordinator');
  });

  it('the receiver network counts it only for an admitted member', async () => {
    const { a, b, aHalf, ans, link } = linked();
    const stranger = new TestNetwork().founder;
    const pay = crossPay(a, ans, link, stranger, 30);
    const aAttest = attest(a, link, [pay]);
    const bAttest = attest(b, link, [pay]);
    const stateB = await stateWith(b, a, [aHalf, pay, aAttest]);
    expect(stateB.foreignRejected.get(foreignKey(a.net, pay.id))?.reason).toBe('unknown-member');
    expect(stateB.clearing.get(a.netId) ?? 0).toBe(0);
    expect(bAttest).toBeDefined();
  });

  it('replayed into a third network, it is refused: no such link there (no-link)', async () => {
    const { a, ans, bob, link } = linked();
    const pay = crossPay(a, ans, link, bob, 90);
    const aAttest = attest(a, link, [pay]);
    // C has a link with A too, under other terms: another link id.
    const c = new TestNetwork({ name: 'Dapperbuurt' });
    const otherTerms = { ...terms, limit: 1200 };
    writeLink(c, a, { terms: otherTerms });
    const aToC = writeLink(a, c, { terms: otherTerms });
    const carol = c.member('Carol');
    const cAttest = attest(c, idOfLink(a, c, otherTerms), [pay]);
    const stateC = await stateWith(c, a, [aToC, pay, aAttest]);
    expect(stateC.foreignRejected.get(foreignKey(a.net, pay.id))?.reason).toBe('no-link');
    expect(stateC.foreignRejected.get(foreignKey(a.net, aAttest.id))?.reason).toBe('no-link');
    expect(stateC.members.get(keyOf(carol))?.balance).toBe(120);
    expect(stateC.clearing.get(a.netId) ?? 0).toBe(0);
    expect(sumOfAccounts(stateC)).toBe(0);
    // And a member of C cannot pay through A and B's link: it is not C's.
    const replay = crossPay(c, carol, link, bob, 30);
    expect((await c.state()).rejected.get(idOf(replay))?.reason).toBe('no-link');
    expect(cAttest).toBeDefined();
  });

  it('a network linked with us cannot speak for another link of ours: its entry naming that link is no-link', async () => {
    const { a, b, bHalf, ans, bob, link, id } = linked();
    const c = new TestNetwork({ name: 'Dapperbuurt' });
    const otherTerms = { ...terms, limit: 1200 };
    writeLink(a, c, { terms: otherTerms });
    const cHalf = writeLink(c, a, { terms: otherTerms });
    const pay = crossPay(a, ans, link, bob, 60);
    attest(a, link, [pay]);
    // C's coordinator (on C's roster for the A–C link) attests a payment of the A–B link.
    const cAttest = attest(c, link, [pay]);
    const ledger = await ledgerWith(a, b, [bHalf]);
    await ledger.addForeign(foreignRecords(c, [cHalf, cAttest]));
    expect(ledger.state.foreignRejected.get(foreignKey(c.net, cAttest.id))?.reason).toBe('no-link');
    expect(ledger.state.links.get(id)?.records.get(idOf(pay))?.counted).toBe(false);
    expect(ledger.state.members.get(keyOf(ans))?.balance).toBe(120);
  });

  it('names a shared post of either side or none; a post nobody shared is not-shared on both sides', async () => {
    const { a, b, aHalf, bHalf, ans, bob, link, id } = linked();
    const shared = b.post(bob, { title: 'Fiets maken' });
    const share = b.write(bob, 'post-share', { post: shared.id, link, name: 'Bob', boxKeys: [bob.box.publicKey] });
    const own = a.post(ans, { title: 'Niet gedeeld' });
    const pay = (post: Uint8Array) =>
      a.write(ans, 'cross-pay', { link, to: bob.signing.publicKey, minutes: 60, what: 'Fiets', post });
    const good = pay(shared.id);
    const bad = pay(own.id);
    const a1 = attest(a, link, [good, bad]);
    const b1 = attest(b, link, [share, shared, good, bad]);
    const stateA = await stateWith(a, b, [bHalf, share, shared, b1]);
    expect(stateA.links.get(id)?.records.get(idOf(good))?.counted).toBe(true);
    expect(stateA.rejected.get(idOf(bad))?.reason).toBe('not-shared');
    expect(stateA.links.get(id)?.records.get(idOf(bad))?.counted).toBe(false);
    expect(stateA.members.get(keyOf(ans))?.balance).toBe(120 - 60);
    const stateB = await stateWith(b, a, [aHalf, good, bad, a1]);
    expect(stateB.foreignRejected.get(foreignKey(a.net, bad.id))?.reason).toBe('not-shared');
    expect(stateB.members.get(keyOf(bob))?.balance).toBe(120 + 60);
    expect(stateA.clearing.get(b.netId)).toBe(-(stateB.clearing.get(a.netId) ?? 0));
  });

  it('a record counts once, by its id: attested twice, it moves its minutes once', async () => {
    const { a, b, aHalf, bHalf, ans, bob, link } = linked();
    const pay = crossPay(a, ans, link, bob, 90);
    const first = attest(a, link, [pay]);
    const second = attest(a, link, [pay], { after: [first] });
    const bFirst = attest(b, link, [pay]);
    const bSecond = attest(b, link, [pay]);
    const stateA = await stateWith(a, b, [bHalf, bFirst, bSecond]);
    const stateB = await stateWith(b, a, [aHalf, pay, first, second]);
    expect(stateA.members.get(keyOf(ans))?.balance).toBe(30);
    expect(stateB.members.get(keyOf(bob))?.balance).toBe(210);
    expect(stateA.clearing.get(b.netId)).toBe(-(stateB.clearing.get(a.netId) as number));
  });

  it('a suspended payer pays nothing across', async () => {
    const { a, b, bHalf, ans, bob, link } = linked();
    a.suspend(ans);
    const pay = crossPay(a, ans, link, bob, 60);
    const stateA = await stateWith(a, b, [bHalf]);
    expect(stateA.rejected.get(idOf(pay))?.reason).toBe('suspended');
  });
});

describe('the limit between the networks', () => {
  it('an attestation that would take the clearing account beyond the limit is refused (over-link-limit), on both sides', async () => {
    const { a, b, aHalf, bHalf, ans, bob, link, id } = linked(120);
    const first = crossPay(a, ans, link, bob, 90);
    const second = crossPay(a, ans, link, bob, 60);
    const a1 = attest(a, link, [first]);
    const a2 = attest(a, link, [second], { after: [a1] });
    const b1 = attest(b, link, [first]);
    const b2 = attest(b, link, [second], { after: [b1] });
    const stateA = await stateWith(a, b, [bHalf, b1, b2]);
    expect(stateA.rejected.get(idOf(a2))?.reason).toBe('over-link-limit');
    expect(stateA.members.get(keyOf(ans))?.balance).toBe(120 - 90);
    expect(stateA.links.get(id)?.records.get(idOf(second))?.counted).toBe(false);
    // B judges A's attestations by the same rule, and its own (B would go to −150) too.
    const stateB = await stateWith(b, a, [aHalf, first, second, a1, a2]);
    expect(stateB.foreignRejected.get(foreignKey(a.net, a2.id))?.reason).toBe('over-link-limit');
    expect(stateB.rejected.get(idOf(b2))?.reason).toBe('over-link-limit');
    expect(stateB.members.get(keyOf(bob))?.balance).toBe(120 + 90);
    expect(sumOfAccounts(stateA)).toBe(0);
    expect(sumOfAccounts(stateB)).toBe(0);
  });

  it('hours that came back make room again, in the causal order of the attestations', async () => {
    const { a, b, aHalf, bHalf, ans, bob, link } = linked(120);
    const out = crossPay(a, ans, link, bob, 120);
    const back = crossPay(b, bob, link, ans, 60);
    const again = crossPay(a, ans, link, bob, 60);
    const a1 = attest(a, link, [out]);
    const a2 = attest(a, link, [back], { after: [a1] });
    const a3 = attest(a, link, [again], { after: [a2] });
    const b1 = attest(b, link, [out]);
    const b2 = attest(b, link, [back], { after: [b1] });
    const b3 = attest(b, link, [again], { after: [b2] });
    const stateA = await stateWith(a, b, [bHalf, back, b1, b2, b3]);
    expect(stateA.rejected.has(idOf(a3))).toBe(false);
    expect(stateA.clearing.get(b.netId)).toBe(120);
    const stateB = await stateWith(b, a, [aHalf, out, again, a1, a2, a3]);
    expect(stateB.clearing.get(a.netId)).toBe(-120);
    expect(stateB.members.get(keyOf(bob))?.balance).toBe(120 + 120 - 60 + 60);
  });

  it('an attestation whose after is not there waits, and so does what follows it', async () => {
    const { a, b, bHalf, ans, bob, link } = linked();
    const pay = crossPay(a, ans, link, bob, 30);
    const b1 = attest(b, link, [pay]);
    const b2 = attest(b, link, [pay], { after: [b1] });
    const stateA = await stateWith(a, b, [bHalf, b2]);
    expect(stateA.foreignRejected.get(foreignKey(b.net, b2.id))?.reason).toBe('missing-ref');
  });
});

describe('ending a link', () => {
  it('of the ending network only attestations up to its last heads count; a later payment never counts', async () => {
    const { a, b, aHalf, bHalf, ans, bob, link, id } = linked();
    const before = crossPay(a, ans, link, bob, 30);
    const a1 = attest(a, link, [before]);
    const end = a.write(a.founder, 'link-end', { link, last: [a1.id], reason: 'Samen besloten' });
    const after = crossPay(a, ans, link, bob, 30);
    // A device that had not seen the end attests a new payment after it.
    const late = attest(a, link, [after], { after: [a1], seen: [a1] });
    const b1 = attest(b, link, [before]);
    const stateA = await stateWith(a, b, [bHalf, b1]);
    expect(stateA.links.get(id)?.ended.own?.id).toBe(idOf(end));
    expect(stateA.rejected.get(idOf(late))?.reason).toBe('link-ended');
    const lateForAfter = attest(b, link, [after]);
    const withLate = await stateWith(a, b, [bHalf, b1, lateForAfter]);
    expect(withLate.links.get(id)?.records.get(idOf(after))?.counted).toBe(false);
    expect(stateA.members.get(keyOf(ans))?.balance).toBe(90);
    const stateB = await stateWith(b, a, [aHalf, before, a1, end]);
    expect(stateB.links.get(id)?.ended.peer?.id).toBe(idOf(end));
    expect(stateB.members.get(keyOf(bob))?.balance).toBe(150);
    // Counted records stay, and both clearing accounts with them.
    expect(stateA.clearing.get(b.netId)).toBe(30);
    expect(stateB.clearing.get(a.netId)).toBe(-30);
  });
});

describe('the mirror', () => {
  it("a peer's statement that mirrors ours raises no flag; one that does not flags the link with the records that differ", async () => {
    const { a, b, aHalf, bHalf, ans, bob, link, id } = linked();
    const pay = crossPay(a, ans, link, bob, 45);
    const a1 = attest(a, link, [pay]);
    const b1 = attest(b, link, [pay]);
    const stateA = await stateWith(a, b, [bHalf, b1]);
    const ours = linkTotals(stateA.links.get(id) as Link);
    const stateB0 = await stateWith(b, a, [aHalf, pay, a1]);
    const theirs = linkTotals(stateB0.links.get(id) as Link);
    expect(theirs.sum).toBe(-ours.sum);
    expect(toBase64Url(theirs.digest)).toBe(toBase64Url(ours.digest));
    const good = b.write(b.founder, 'link-statement', {
      link,
      count: theirs.count,
      sum: theirs.sum,
      digest: theirs.digest,
    });
    const mirrored = await stateWith(a, b, [bHalf, b1, good]);
    expect(mirrored.links.get(id)?.statements.peer?.id).toBe(idOf(good));
    expect(mirrored.links.get(id)?.mirror).toBeNull();
    // B's statement says it counts nothing: A's records differ.
    const bad = b.write(b.founder, 'link-statement', { link, count: 0, sum: 0, digest: theirs.digest });
    const flagged = await stateWith(a, b, [bHalf, b1, good, bad]);
    const mirror = flagged.links.get(id)?.mirror;
    expect(mirror?.mirrors).toBe(false);
    expect(mirror?.theirs.id).toBe(idOf(bad));
    expect(mirror?.ours.ids).toEqual([idOf(pay)]);
  });

  it('an attestation our rules refuse but the peer counts (its author removed at the same time) flags the link, naming the record', async () => {
    const a = new TestNetwork({ name: 'Oosterpark' });
    const b = new TestNetwork({ name: 'Transvaal' });
    const carla = a.member('Carla');
    a.grant(carla);
    writeLink(a, b, { ours: [a.founder, carla] });
    // B's coordinator received both A's coordinators' keys in person.
    const bHalf = writeLink(b, a, { roster: [a.founder, carla] });
    const link = idOfLink(a, b);
    const id = linkIdText(a, b);
    const ans = a.member('Ans');
    const bob = b.member('Bob');
    const pay = crossPay(a, ans, link, bob, 45);
    const before = a.frontier();
    const revoke = a.write(a.founder, 'revoke-role', { member: carla.signing.publicKey, role: 'coordinator' });
    // Carla attests at the same time as she loses the role: A's rules refuse it, B cannot know.
    const a1 = attest(a, link, [pay], { by: carla, seen: before });
    const b1 = attest(b, link, [pay]);
    const stateA = await stateWith(a, b, [bHalf, b1]);
    expect(stateA.rejected.get(idOf(a1))?.reason).toBeDefined();
    expect(stateA.members.get(keyOf(ans))?.balance).toBe(120);
    const aHalf = a.entries.find((e) => e.entry.type === 'link') as (typeof a.entries)[number];
    const stateB = await stateWith(b, a, [aHalf, pay, a1]);
    expect(stateB.members.get(keyOf(bob))?.balance).toBe(120 + 45);
    // B's statement says it counts the record; A's does not: the link is flagged, with the record.
    const theirs = linkTotals(stateB.links.get(id) as Link);
    const statement = b.write(b.founder, 'link-statement', {
      link,
      count: theirs.count,
      sum: theirs.sum,
      digest: theirs.digest,
    });
    const flagged = await stateWith(a, b, [bHalf, b1, statement]);
    expect(flagged.links.get(id)?.mirror?.mirrors).toBe(false);
    expect(flagged.links.get(id)?.mirror?.suspect).toEqual([idOf(pay)]);
    expect(revoke).toBeDefined();
  });
});
