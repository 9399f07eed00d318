// Posts and messages across a link (docs/protocol-links.md §3).
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { PostFields } from '../../../../src/core/entry/bodies.ts';
import { foreignKey } from '../../../../src/core/links/crossingTypes.ts';
import { openCrossMessage, sealCrossMessage } from '../../../../src/core/links/crossSealing.ts';
import { idOf, keyOf, TestNetwork } from '../TestNetwork.ts';
import { attest, idOfLink, stateWith, terms, writeLink } from './LinkedNetworks.ts';

function linked(categories: string[] = []) {
  const a = new TestNetwork({ name: 'Oosterpark' });
  const b = new TestNetwork({ name: 'Transvaal' });
  const linkTerms = { ...terms, categories };
  const aHalf = writeLink(a, b, { terms: linkTerms });
  const bHalf = writeLink(b, a, { terms: linkTerms });
  const ans = a.member('Ans');
  const bob = b.member('Bob');
  const link = idOfLink(a, b, linkTerms);
  return { a, b, aHalf, bHalf, ans, bob, link, id: toBase64Url(link) };
}

describe('posts across', () => {
  it("the peer's board shows a shared post, with its updates and its close, once the peer attested them", async () => {
    const { a, b, bHalf, bob, link, id } = linked();
    const post = b.post(bob, { category: 'klussen', title: 'Fiets maken' });
    const share = b.write(bob, 'post-share', { post: post.id, link, name: 'Bob', boxKeys: [bob.box.publicKey] });
    const update = b.write(bob, 'post-update', {
      ...(post.entry.body as PostFields),
      post: post.id,
      title: 'Fiets en kar',
    });
    const close = b.write(bob, 'post-close', { post: post.id, reason: 'done' });
    const b1 = attest(b, link, [share, post, update, close]);
    const stateA = await stateWith(a, b, [bHalf, share, post, update, close, b1]);
    const shared = stateA.links.get(id)?.peerPosts.get(idOf(post));
    expect(shared?.title).toBe('Fiets en kar');
    expect(shared?.name).toBe('Bob');
    expect(shared?.status).toBe('done');
    expect(stateA.posts.has(idOf(post))).toBe(false);
    const stateB = await b.state();
    expect(stateB.links.get(id)?.shares.get(idOf(post))?.share).toBe(idOf(share));
  });

  it('a post nobody shared does not cross (not-shared); nor does an unattested one (waits)', async () => {
    const { a, b, bHalf, bob, link, id } = linked();
    const post = b.post(bob);
    const other = b.post(bob);
    const share = b.write(bob, 'post-share', { post: post.id, link, name: 'Bob', boxKeys: [bob.box.publicKey] });
    const b1 = attest(b, link, [share]);
    const stateA = await stateWith(a, b, [bHalf, share, post, other, b1]);
    expect(stateA.foreignRejected.get(foreignKey(b.net, other.id))?.reason).toBe('not-shared');
    expect(stateA.foreignRejected.get(foreignKey(b.net, post.id))?.reason).toBe('missing-ref');
    expect(stateA.links.get(id)?.peerPosts.size).toBe(0);
  });

  it('a post in a category outside the terms does not cross (not-shared), on either side', async () => {
    const { a, b, bHalf, bob, link, id } = linked(['tuin']);
    const post = b.post(bob, { category: 'klussen' });
    const share = b.write(bob, 'post-share', { post: post.id, link, name: 'Bob', boxKeys: [bob.box.publicKey] });
    expect((await b.state()).rejected.get(idOf(share))?.reason).toBe('not-shared');
    const b1 = attest(b, link, [share, post]);
    const stateA = await stateWith(a, b, [bHalf, share, post, b1]);
    expect(stateA.foreignRejected.get(foreignKey(b.net, post.id))?.reason).toBe('not-shared');
    expect(stateA.links.get(id)?.peerPosts.size).toBe(0);
  });

  it("only the post's author shares it, and only while the policy allows it", async () => {
    const { b, bob, link } = linked();
    const other = b.member('Olga');
    const post = b.post(bob);
    const notMine = b.write(other, 'post-share', { post: post.id, link, name: 'Olga', boxKeys: [other.box.publicKey] });
    expect((await b.state()).rejected.get(idOf(notMine))?.reason).toBe('not-author');
    const policy = (await b.state()).policy;
    b.write(b.founder, 'policy', { ...policy, shareAcross: false });
    const closed = b.write(bob, 'post-share', { post: post.id, link, name: 'Bob', boxKeys: [bob.box.publicKey] });
    expect((await b.state()).rejected.get(idOf(closed))?.reason).toBe('not-shared');
  });
});

describe('messages across', () => {
  it('a message to a member of the peer counts there once attested; sealed to both, bound to link, sender and receiver', async () => {
    const { a, b, aHalf, ans, bob, link, id } = linked();
    const sealed = sealCrossMessage(
      'Ik kan zaterdag',
      [bob.box.publicKey, ans.box.publicKey],
      link,
      ans.signing.publicKey,
      bob.signing.publicKey,
    );
    const message = a.write(ans, 'cross-message', {
      link,
      to: bob.signing.publicKey,
      post: null,
      boxKeys: [ans.box.publicKey],
      sealed,
    });
    const a1 = attest(a, link, [message]);
    const waiting = await stateWith(b, a, [aHalf, message]);
    expect(waiting.foreignRejected.get(foreignKey(a.net, message.id))?.reason).toBe('missing-ref');
    const stateB = await stateWith(b, a, [aHalf, message, a1]);
    const got = stateB.links.get(id)?.messages.get(idOf(message));
    expect(got?.direction).toBe('in');
    expect(got?.member).toBe(keyOf(bob));
    expect(openCrossMessage(got?.sealed as never, bob, link, ans.signing.publicKey, bob.signing.publicKey)).toBe(
      'Ik kan zaterdag',
    );
    expect(openCrossMessage(got?.sealed as never, ans, link, ans.signing.publicKey, bob.signing.publicKey)).toBe(
      'Ik kan zaterdag',
    );
    // Moved to another link, sender or receiver, the box does not open.
    expect(
      openCrossMessage(got?.sealed as never, bob, new Uint8Array(20), ans.signing.publicKey, bob.signing.publicKey),
    ).toBeNull();
    expect(openCrossMessage(got?.sealed as never, bob, link, bob.signing.publicKey, ans.signing.publicKey)).toBeNull();
    expect((await a.state()).links.get(id)?.messages.get(idOf(message))?.direction).toBe('out');
  });

  it('a message naming a post nobody shared on the link is not-shared, on both sides', async () => {
    const { a, b, aHalf, ans, bob, link, id } = linked();
    const own = a.post(ans);
    const message = a.write(ans, 'cross-message', {
      link,
      to: bob.signing.publicKey,
      post: own.id,
      boxKeys: [ans.box.publicKey],
      sealed: sealCrossMessage('Hallo', [bob.box.publicKey], link, ans.signing.publicKey, bob.signing.publicKey),
    });
    const stateA = await a.state();
    expect(stateA.rejected.get(idOf(message))?.reason).toBe('not-shared');
    expect(stateA.links.get(id)?.messages.has(idOf(message))).toBe(false);
    const a1 = attest(a, link, [message]);
    const stateB = await stateWith(b, a, [aHalf, message, a1]);
    expect(stateB.foreignRejected.get(foreignKey(a.net, message.id))?.reason).toBe('not-shared');
    // Shared, the same post may be named.
    a.write(ans, 'post-share', { post: own.id, link, name: 'Ans', boxKeys: [ans.box.publicKey] });
    expect((await a.state()).links.get(id)?.messages.has(idOf(message))).toBe(true);
  });

  it('a message to someone who is not a member there does not count (unknown-member)', async () => {
    const { a, b, aHalf, ans, link } = linked();
    const nobody = new TestNetwork().founder;
    const message = a.write(ans, 'cross-message', {
      link,
      to: nobody.signing.publicKey,
      post: null,
      boxKeys: [ans.box.publicKey],
      sealed: sealCrossMessage('Hallo', [ans.box.publicKey], link, ans.signing.publicKey, nobody.signing.publicKey),
    });
    const a1 = attest(a, link, [message]);
    const stateB = await stateWith(b, a, [aHalf, message, a1]);
    expect(stateB.foreignRejected.get(foreignKey(a.net, message.id))?.reason).toBe('unknown-member');
  });
});
