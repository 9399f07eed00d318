// A member with more than one device, across a link (docs/protocol-links.md §3–§5): the
// peer knows only the keys that signed what crossed, so a key naming our member may be any
// of its devices; we resolve it by our own device records. Keys of anyone else are refused.
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { Identity } from '../../../../src/core/Identity.ts';
import { newIdentity } from '../../../../src/core/Identity.ts';
import { nextAttestation } from '../../../../src/core/links/carry.ts';
import { foreignKey } from '../../../../src/core/links/crossingTypes.ts';
import { openCrossMessage, sealCrossMessage } from '../../../../src/core/links/crossSealing.ts';
import type { CrossMessage } from '../../../../src/core/links/LinkState.ts';
import { idOf, keyOf, TestNetwork } from '../TestNetwork.ts';
import { attest, crossPay, idOfLink, stateWith, sumOfAccounts, writeLink } from './LinkedNetworks.ts';

/** A (Oosterpark) and B (Transvaal), linked; Bob of B also writes from his phone, Ans of A from her laptop. */
function linked() {
  const a = new TestNetwork({ name: 'Oosterpark' });
  const b = new TestNetwork({ name: 'Transvaal' });
  const aHalf = writeLink(a, b);
  const bHalf = writeLink(b, a);
  const ans = a.member('Ans');
  const bob = b.member('Bob');
  const phone = newIdentity();
  b.addDevice(bob, phone);
  const laptop = newIdentity();
  a.addDevice(ans, laptop);
  const link = idOfLink(a, b);
  return { a, b, aHalf, bHalf, ans, bob, phone, laptop, link, id: toBase64Url(link) };
}

/** Opens a message as the data layer does: with the keys the entry names (CrossMessage.sealedAs). */
function openAs(message: CrossMessage | undefined, me: Identity, link: Uint8Array): string | null {
  if (!message) return null;
  const { from, to } = message.sealedAs;
  const bytes = (text: string) => Uint8Array.from(Buffer.from(text, 'base64url'));
  return openCrossMessage(message.sealed, me, link, bytes(from), bytes(to));
}

describe("a member's second device, across a link", () => {
  it('a post shared from the second device gets an answer to that device key: it counts at home for the member, and opens on both sides', async () => {
    const { a, b, aHalf, bHalf, ans, bob, phone, link, id } = linked();
    const post = b.post(phone, { title: 'Fiets maken' });
    const share = b.write(phone, 'post-share', {
      post: post.id,
      link,
      name: 'Bob',
      boxKeys: [bob.box.publicKey, phone.box.publicKey],
    });
    const b1 = attest(b, link, [share, post]);
    const stateA = await stateWith(a, b, [bHalf, share, post, b1]);
    const shared = stateA.links.get(id)?.peerPosts.get(idOf(post));
    expect(shared?.author).toBe(keyOf(phone));
    expect((await b.state()).links.get(id)?.shares.get(idOf(post))?.author).toBe(keyOf(bob));

    // Ans answers the key she knows: the phone's.
    const answer = a.write(ans, 'cross-message', {
      link,
      to: phone.signing.publicKey,
      post: post.id,
      boxKeys: [ans.box.publicKey],
      sealed: sealCrossMessage(
        'Ik kan zaterdag',
        [...(shared?.boxKeys ?? []), ans.box.publicKey],
        link,
        ans.signing.publicKey,
        phone.signing.publicKey,
      ),
    });
    const a1 = attest(a, link, [answer]);
    const stateB = await stateWith(b, a, [aHalf, answer, a1]);
    expect(stateB.foreignRejected.has(foreignKey(a.net, answer.id))).toBe(false);
    const got = stateB.links.get(id)?.messages.get(idOf(answer));
    expect(got?.member).toBe(keyOf(bob));
    expect(openAs(got, phone, link)).toBe('Ik kan zaterdag');
    expect(openAs(got, bob, link)).toBe('Ik kan zaterdag');
    const sent = (await stateWith(a, b, [bHalf, share, post, b1])).links.get(id)?.messages.get(idOf(answer));
    expect(openAs(sent, ans, link)).toBe('Ik kan zaterdag');
  });

  it('a message from the second device is sealed with the keys as signed: the receiver and the sender open it', async () => {
    const { a, b, aHalf, bHalf, ans, bob, laptop, link, id } = linked();
    const message = a.write(laptop, 'cross-message', {
      link,
      to: bob.signing.publicKey,
      post: null,
      boxKeys: [ans.box.publicKey, laptop.box.publicKey],
      sealed: sealCrossMessage(
        'Hallo',
        [bob.box.publicKey, ans.box.publicKey, laptop.box.publicKey],
        link,
        laptop.signing.publicKey,
        bob.signing.publicKey,
      ),
    });
    const a1 = attest(a, link, [message]);
    const stateB = await stateWith(b, a, [aHalf, message, a1]);
    const got = stateB.links.get(id)?.messages.get(idOf(message));
    expect(got?.other).toBe(keyOf(laptop));
    expect(openAs(got, bob, link)).toBe('Hallo');
    const stateA = await stateWith(a, b, [bHalf]);
    const sent = stateA.links.get(id)?.messages.get(idOf(message));
    expect(sent?.member).toBe(keyOf(ans));
    expect(sent?.sealedAs.from).toBe(keyOf(laptop));
    expect(openAs(sent, ans, link)).toBe('Hallo');
  });

  it('a payment from a second device, and one to a second device key, count on both sides to the member', async () => {
    const { a, b, aHalf, bHalf, ans, bob, phone, laptop, link, id } = linked();
    const toPhone = crossPay(a, ans, link, phone, 30);
    const fromLaptop = crossPay(a, laptop, link, bob, 20);
    const a1 = attest(a, link, [toPhone, fromLaptop]);
    const stateB0 = await stateWith(b, a, [aHalf, toPhone, fromLaptop, a1]);
    // The receiver's archive device attests both: the phone's key names Bob here.
    expect(nextAttestation(stateB0, id).body?.entries.map(toBase64Url).sort()).toEqual(
      [idOf(toPhone), idOf(fromLaptop)].sort(),
    );
    const b1 = attest(b, link, [toPhone, fromLaptop]);
    const stateA = await stateWith(a, b, [bHalf, b1]);
    const stateB = await stateWith(b, a, [aHalf, toPhone, fromLaptop, a1]);
    expect(stateB.links.get(id)?.records.get(idOf(toPhone))?.counted).toBe(true);
    expect(stateB.members.get(keyOf(bob))?.balance).toBe(120 + 50);
    expect(stateA.members.get(keyOf(ans))?.balance).toBe(120 - 50);
    expect(stateB.clearing.get(a.netId)).toBe(-50);
    expect(stateA.clearing.get(b.netId)).toBe(50);
    expect(sumOfAccounts(stateA)).toBe(0);
    expect(sumOfAccounts(stateB)).toBe(0);
  });

  it('a device key of network A used as `to` in network B names nobody there (unknown-member)', async () => {
    const { a, b, aHalf, ans, laptop, link } = linked();
    // Ans writes to her own laptop's key, as if it were a member of B.
    const message = a.write(ans, 'cross-message', {
      link,
      to: laptop.signing.publicKey,
      post: null,
      boxKeys: [ans.box.publicKey],
      sealed: sealCrossMessage('Hallo', [ans.box.publicKey], link, ans.signing.publicKey, laptop.signing.publicKey),
    });
    const pay = crossPay(a, ans, link, laptop, 10);
    const a1 = attest(a, link, [message, pay]);
    const stateB = await stateWith(b, a, [aHalf, message, pay, a1]);
    expect(stateB.foreignRejected.get(foreignKey(a.net, message.id))?.reason).toBe('unknown-member');
    expect(nextAttestation(stateB, toBase64Url(link)).body).toBeNull();
  });

  it('a payment to any device of a suspended member, or to someone never admitted, is not attested by the receiver', async () => {
    const { a, b, aHalf, ans, bob, phone, link, id } = linked();
    b.suspend(bob);
    const { identity: newcomer } = b.join('Nina');
    const toPhone = crossPay(a, ans, link, phone, 30);
    const toBob = crossPay(a, ans, link, bob, 30);
    const toNewcomer = crossPay(a, ans, link, newcomer, 30);
    const a1 = attest(a, link, [toPhone, toBob, toNewcomer]);
    const stateB = await stateWith(b, a, [aHalf, toPhone, toBob, toNewcomer, a1]);
    expect(nextAttestation(stateB, id).body).toBeNull();
    expect(stateB.links.get(id)?.records.get(idOf(toNewcomer))?.member).toBe(keyOf(newcomer));
  });
});
