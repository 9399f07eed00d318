import { describe, expect, it } from 'vitest';
import { matchState, payerAndReceiver, proposalStatus, respondersOf } from '../../../src/core/state/exchange.ts';
import { idOf, keyOf, TestNetwork } from './TestNetwork.ts';

describe('an exchange around a post', () => {
  it('is agreed when both said yes, and off when either says no', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const post = network.post(anna);
    network.write(bram, 'match-accept', { post: post.id, with: anna.signing.publicKey });
    let state = await network.state();
    const p = state.posts.get(idOf(post));
    if (!p) throw new Error('no post');
    expect(respondersOf(state, p)).toEqual([keyOf(bram)]);
    expect(matchState(state, p, keyOf(bram))).toEqual({
      authorAccepted: false,
      responderAccepted: true,
      declined: false,
      agreed: false,
    });
    network.write(anna, 'match-accept', { post: post.id, with: bram.signing.publicKey });
    state = await network.state();
    expect(matchState(state, p, keyOf(bram)).agreed).toBe(true);
    network.write(bram, 'match-decline', { post: post.id, with: anna.signing.publicKey });
    state = await network.state();
    expect(matchState(state, p, keyOf(bram))).toMatchObject({ declined: true, agreed: false });
  });

  it('has the one who received the help pay', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const request = network.post(anna, { kind: 'request' });
    const offer = network.post(anna, { kind: 'offer', title: 'Ik lees voor' });
    const state = await network.state();
    const r = state.posts.get(idOf(request));
    const o = state.posts.get(idOf(offer));
    if (!r || !o) throw new Error('no posts');
    expect(payerAndReceiver(r, 'bram')).toEqual({ payer: keyOf(anna), receiver: 'bram' });
    expect(payerAndReceiver(o, 'bram')).toEqual({ payer: 'bram', receiver: keyOf(anna) });
  });

  it('follows a proposal from waiting to confirmed to paid', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const proposal = network.write(anna, 'hours-proposal', {
      payer: anna.signing.publicKey,
      receiver: bram.signing.publicKey,
      minutes: 60,
      what: 'Lamp opgehangen',
      post: null,
    });
    expect(proposalStatus(await network.state(), idOf(proposal))).toBe('waiting');
    network.write(bram, 'hours-confirm', { proposal: proposal.id });
    expect(proposalStatus(await network.state(), idOf(proposal))).toBe('confirmed');
    network.write(anna, 'transfer', {
      to: bram.signing.publicKey,
      minutes: 60,
      what: 'Lamp',
      post: null,
      proposal: proposal.id,
    });
    expect(proposalStatus(await network.state(), idOf(proposal))).toBe('paid');
  });
});
