// What an archive device does for a link (src/core/links/carry.ts), played out between two
// networks until nothing is left to carry or attest: the data layer's loop, in the core.
import { describe, expect, it } from 'vitest';
import { idFromText, toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import { nextAttestation, statementBody, toCarryOut } from '../../../../src/core/links/carry.ts';
import { sealCrossMessage } from '../../../../src/core/links/crossSealing.ts';
import type { NetworkState } from '../../../../src/core/state/NetworkState.ts';
import { idOf, keyOf, TestNetwork } from '../TestNetwork.ts';
import { attest, crossPay, idOfLink, stateWith, sumOfAccounts, terms, writeLink } from './LinkedNetworks.ts';

/** Carries each side's entries to the other and attests what each may, until nothing changes. */
async function playOut(a: TestNetwork, b: TestNetwork, linkId: string) {
  let stateA: NetworkState = await a.state();
  let stateB: NetworkState = await b.state();
  // Four rounds: carry, attest, carry the attestations back, and once more to see nothing changes.
  for (let round = 0; round < 4; round++) {
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
  return { stateA, stateB };
}

describe('carrying and attesting', () => {
  it('a payment, a shared post and a message reach the peer and count on both sides', async () => {
    const a = new TestNetwork({ name: 'Oosterpark' });
    const b = new TestNetwork({ name: 'Transvaal' });
    writeLink(a, b);
    writeLink(b, a);
    const link = idOfLink(a, b);
    const linkId = toBase64Url(link);
    const ans = a.member('Ans');
    const bob = b.member('Bob');
    const pay = crossPay(a, ans, link, bob, 75);
    const back = crossPay(b, bob, link, ans, 15);
    const post = a.post(ans, { category: 'tuin' });
    a.write(ans, 'post-share', { post: post.id, link, name: 'Ans', boxKeys: [ans.box.publicKey] });
    const message = b.write(bob, 'cross-message', {
      link,
      to: ans.signing.publicKey,
      post: post.id,
      boxKeys: [bob.box.publicKey],
      sealed: sealCrossMessage(
        'Ik help mee',
        [ans.box.publicKey, bob.box.publicKey],
        link,
        bob.signing.publicKey,
        ans.signing.publicKey,
      ),
    });
    const { stateA, stateB } = await playOut(a, b, linkId);
    expect(stateA.members.get(keyOf(ans))?.balance).toBe(120 - 75 + 15);
    expect(stateB.members.get(keyOf(bob))?.balance).toBe(120 + 75 - 15);
    expect(stateA.clearing.get(b.netId)).toBe(60);
    expect(stateB.clearing.get(a.netId)).toBe(-60);
    expect(sumOfAccounts(stateA) + sumOfAccounts(stateB)).toBe(0);
    expect(stateB.links.get(linkId)?.peerPosts.has(idOf(post))).toBe(true);
    expect(stateA.links.get(linkId)?.messages.get(idOf(message))?.direction).toBe('in');
    expect(stateA.links.get(linkId)?.records.get(idOf(back))?.counted).toBe(true);
    expect(stateA.links.get(linkId)?.records.get(idOf(pay))?.counted).toBe(true);
    // Nothing left to attest, and the statements mirror.
    expect(nextAttestation(stateA, linkId).body).toBeNull();
    const ours = statementBody(stateA, linkId);
    const theirs = statementBody(stateB, linkId);
    expect(ours?.sum).toBe(-(theirs?.sum as number));
    expect(toBase64Url(ours?.digest as Uint8Array)).toBe(toBase64Url(theirs?.digest as Uint8Array));
  });

  it('the limit holds records back before an attestation is written, and says which', async () => {
    const a = new TestNetwork({ name: 'Oosterpark' });
    const b = new TestNetwork({ name: 'Transvaal' });
    const small = { ...terms, limit: 60 };
    writeLink(a, b, { terms: small });
    const bHalf = writeLink(b, a, { terms: small });
    const link = idOfLink(a, b, small);
    const ans = a.member('Ans');
    const bob = b.member('Bob');
    // Bob is known here by the post he shared (we attest payments only to a known member).
    const post = b.post(bob, { title: 'Fiets maken' });
    const share = b.write(bob, 'post-share', { post: post.id, link, name: 'Bob', boxKeys: [bob.box.publicKey] });
    const fits = crossPay(a, ans, link, bob, 45);
    const tooMuch = crossPay(a, ans, link, bob, 30);
    const stateA = await stateWith(a, b, [bHalf, post, share, attest(b, link, [post, share])]);
    const next = nextAttestation(stateA, toBase64Url(link));
    expect(next.body?.entries.map(toBase64Url)).toEqual([idOf(fits)]);
    expect(next.held).toEqual([idOf(tooMuch)]);
    expect(idFromText(idOf(fits))).toEqual(fits.id);
  });

  it('a network that is not linked, or a link not open yet, attests nothing', async () => {
    const a = new TestNetwork();
    const b = new TestNetwork();
    writeLink(a, b);
    const state = await a.state();
    expect(nextAttestation(state, toBase64Url(idOfLink(a, b))).body).toBeNull();
    expect(nextAttestation(state, 'nonsense').body).toBeNull();
    expect(toCarryOut(state, 'nonsense')).toEqual([]);
  });
});
