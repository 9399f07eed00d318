// The rules, one by one, including what a hostile or buggy peer might try.
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../src/core/encoding/base64url.ts';
import { maxClockSkewMs } from '../../../src/core/entry/readEntry.ts';
import { newIdentity } from '../../../src/core/Identity.ts';
import { openDeclineNote, sealDeclineNote } from '../../../src/core/sealing.ts';
import { flagsOf } from '../../../src/core/state/flags.ts';
import { bodyOf, idOf, keyOf, TestNetwork } from './TestNetwork.ts';

describe('membership', () => {
  it('starts with the founder as the only coordinator', async () => {
    const network = new TestNetwork();
    const state = await network.state();
    expect(state.network?.name).toBe('Buurtruil Oosterpark');
    expect(state.founder).toBe(keyOf(network.founder));
    const founder = state.members.get(keyOf(network.founder));
    expect(founder?.status).toBe('admitted');
    expect([...(founder?.roles ?? [])]).toEqual(['coordinator']);
  });

  it('a join request waits; admission makes a member with welcome hours from the pot', async () => {
    const network = new TestNetwork();
    const { identity, join } = network.join('Bram');
    expect((await network.state()).members.get(keyOf(identity))?.status).toBe('pending');
    network.admit(identity, join, network.founder, 120);
    const state = await network.state();
    expect(state.members.get(keyOf(identity))).toMatchObject({ status: 'admitted', balance: 120 });
    expect(state.pot).toBe(-120);
  });

  it('a decline may carry a kind note; the newcomer may ask again later', async () => {
    const network = new TestNetwork();
    const { identity, join } = network.join('Cor');
    const note = sealDeclineNote(
      'Woon je in de buurt?',
      identity.box.publicKey,
      network.net,
      identity.signing.publicKey,
    );
    network.write(network.founder, 'decline', { member: identity.signing.publicKey, join: join.id, note });
    const declined = (await network.state()).members.get(keyOf(identity));
    expect(declined?.status).toBe('declined');
    expect(declined?.declineNote && openDeclineNote(declined.declineNote, identity, network.net)).toBe(
      'Woon je in de buurt?',
    );
    expect(declined?.declineNote && openDeclineNote(declined.declineNote, network.founder, network.net)).toBeNull();
    const again = network.write(identity, 'join', bodyOf(join, 'join'));
    network.admit(identity, again);
    expect((await network.state()).members.get(keyOf(identity))?.status).toBe('admitted');
  });

  it('refuses an admission by someone who is not a coordinator', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const { identity, join } = network.join('Mallory');
    const admit = network.admit(identity, join, anna);
    const state = await network.state();
    expect(state.rejected.get(idOf(admit))?.reason).toBe('not-coordinator');
    expect(state.members.get(keyOf(identity))?.status).toBe('pending');
  });

  it('refuses an admission without a join request of that person', async () => {
    const network = new TestNetwork();
    const { join } = network.join('Dirk');
    const stranger = newIdentity();
    const admit = network.admit(stranger, join);
    expect((await network.state()).rejected.get(idOf(admit))?.reason).toBe('no-join');
  });

  it('refuses entries of people who were never admitted', async () => {
    const network = new TestNetwork();
    const { identity } = network.join('Eva');
    const post = network.post(identity);
    expect((await network.state()).rejected.get(idOf(post))?.reason).toBe('not-member');
  });

  it('a suspended member keeps what came before, and later entries are refused', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const before = network.post(anna);
    network.write(network.founder, 'suspend', {
      member: anna.signing.publicKey,
      after: before.entry.seq,
      reason: 'Afspraken niet nagekomen',
    });
    const after = network.post(anna, { title: 'Na de schorsing' });
    const state = await network.state();
    expect(state.members.get(keyOf(anna))?.status).toBe('suspended');
    expect(state.posts.has(idOf(before))).toBe(true);
    expect(state.rejected.get(idOf(after))?.reason).toBe('suspended');
  });

  it('a suspended member cannot slip an entry in by dating it before the suspension', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const last = network.post(anna);
    const early = network.clock - 3_600_000;
    network.write(network.founder, 'suspend', { member: anna.signing.publicKey, after: last.entry.seq, reason: '' });
    const backdated = network.write(anna, 'post', bodyOf(last, 'post'), early);
    expect((await network.state()).rejected.get(idOf(backdated))?.reason).toBe('suspended');
  });

  it('reinstating lets new entries count again', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const before = network.post(anna);
    network.write(network.founder, 'suspend', { member: anna.signing.publicKey, after: before.entry.seq, reason: '' });
    const during = network.post(anna, { title: 'Tijdens' });
    network.write(network.founder, 'reinstate', { member: anna.signing.publicKey, from: during.entry.seq + 1 });
    const afterwards = network.post(anna, { title: 'Weer welkom' });
    const state = await network.state();
    expect(state.members.get(keyOf(anna))?.status).toBe('admitted');
    expect(state.rejected.get(idOf(during))?.reason).toBe('suspended');
    expect(state.posts.get(idOf(afterwards))?.title).toBe('Weer welkom');
  });

  it('a second coordinator can admit; the last coordinator cannot be removed', async () => {
    const network = new TestNetwork();
    const fatima = network.member('Fatima');
    network.write(network.founder, 'grant-role', { member: fatima.signing.publicKey, role: 'coordinator' });
    const { identity, join } = network.join('Gert');
    network.admit(identity, join, fatima);
    network.write(fatima, 'revoke-role', { member: network.founder.signing.publicKey, role: 'coordinator' });
    const last = network.write(fatima, 'revoke-role', { member: fatima.signing.publicKey, role: 'coordinator' });
    const state = await network.state();
    expect(state.members.get(keyOf(identity))?.status).toBe('admitted');
    expect(state.members.get(keyOf(network.founder))?.roles.has('coordinator')).toBe(false);
    expect(state.rejected.get(idOf(last))?.reason).toBe('last-coordinator');
  });

  it('two coordinators suspending each other: the earlier suspension stands', async () => {
    const network = new TestNetwork();
    const fatima = network.member('Fatima');
    network.write(network.founder, 'grant-role', { member: fatima.signing.publicKey, role: 'coordinator' });
    const founderNext = network.next(network.founder);
    const fatimaNext = network.next(fatima);
    const first = network.write(network.founder, 'suspend', {
      member: fatima.signing.publicKey,
      after: fatimaNext.seq - 1,
      reason: '',
    });
    const second = network.write(fatima, 'suspend', {
      member: network.founder.signing.publicKey,
      after: founderNext.seq - 1,
      reason: '',
    });
    const state = await network.state();
    expect(state.applied.has(idOf(first))).toBe(true);
    expect(state.rejected.get(idOf(second))?.reason).toBe('suspended');
    expect(state.members.get(keyOf(network.founder))?.status).toBe('admitted');
  });
});

describe('chains', () => {
  it('a replayed entry counts once', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const pay = network.transfer(anna, bram, 90);
    const state = await network.state([...network.entries, pay, pay, pay]);
    expect(state.members.get(keyOf(bram))?.balance).toBe(120 + 90);
  });

  it('entries of another network are refused, its genesis included', async () => {
    const here = new TestNetwork();
    const elsewhere = new TestNetwork();
    const anna = elsewhere.member('Anna');
    const post = elsewhere.post(anna);
    const ledger = await here.ledger([...here.entries, elsewhere.genesis, post]);
    expect(ledger.rejections().get(idOf(post))?.reason).toBe('bad-signature');
    expect(ledger.rejections().get(idOf(elsewhere.genesis))?.reason).toBe('wrong-network');
    expect(ledger.state.network?.name).toBe('Buurtruil Oosterpark');
  });

  it('a fork keeps both entries aside, and what follows, and flags the author', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const position = network.next(anna);
    const one = network.transfer(anna, bram, 60);
    const other = network.forge(
      anna,
      'transfer',
      { to: bram.signing.publicKey, minutes: 600, what: '', post: null, proposal: null },
      position,
    );
    const state = await network.state([...network.entries, other]);
    expect(state.rejected.get(idOf(one))?.reason).toBe('fork');
    expect(state.rejected.get(idOf(other))?.reason).toBe('fork');
    expect(state.members.get(keyOf(bram))?.balance).toBe(120);
    expect(flagsOf(state)).toContainEqual({ kind: 'fork', member: keyOf(anna), seq: position.seq });
  });

  it('an entry whose predecessor has not arrived waits, and counts once it has', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const first = network.post(anna);
    const second = network.post(anna, { title: 'Tweede' });
    const withoutFirst = network.entries.filter((e) => e !== first);
    const ledger = await network.ledger(withoutFirst);
    expect(ledger.state.rejected.get(idOf(second))?.reason).toBe('missing-prev');
    await ledger.add(network.records([first]));
    expect(ledger.state.posts.get(idOf(second))?.title).toBe('Tweede');
  });

  it('an entry dated far in the future waits until its time', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const body = bodyOf(network.post(anna), 'post');
    const now = network.clock;
    const future = network.write(anna, 'post', body, now + maxClockSkewMs + 3_600_000);
    const early = await network.ledger(network.entries, now);
    expect(early.state.rejected.get(idOf(future))?.reason).toBe('future');
    const later = await network.ledger(network.entries, future.entry.time);
    expect(later.state.posts.has(idOf(future))).toBe(true);
  });
});

describe('hours', () => {
  it('a balance is the sum of valid transfers; a negative balance is normal', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    network.transfer(anna, bram, 90);
    network.transfer(bram, anna, 30);
    network.transfer(anna, bram, 120);
    const state = await network.state();
    expect(state.members.get(keyOf(anna))).toMatchObject({ balance: 120 - 210 + 30, given: 210, received: 120 + 30 });
    expect(state.members.get(keyOf(bram))).toMatchObject({ balance: 120 + 210 - 30 });
    const total = [...state.members.values()].reduce((sum, m) => sum + m.balance, state.pot);
    expect(total).toBe(0);
  });

  it('refuses a transfer to oneself and to someone who is not a member', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const self = network.transfer(anna, anna, 60);
    const stranger = network.transfer(anna, newIdentity(), 60);
    const state = await network.state();
    expect(state.rejected.get(idOf(self))?.reason).toBe('self');
    expect(state.rejected.get(idOf(stranger))?.reason).toBe('unknown-member');
    expect(state.members.get(keyOf(anna))?.balance).toBe(120);
  });

  it('flags a balance beyond the credit limit, and still applies it', async () => {
    const network = new TestNetwork({ creditLimit: 60 });
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    network.transfer(anna, bram, 240);
    const state = await network.state();
    expect(state.members.get(keyOf(anna))?.balance).toBe(-120);
    expect(flagsOf(state)).toEqual([{ kind: 'over-limit', member: keyOf(anna), balance: -120 }]);
  });

  it('a coordinator reverses a transfer by a compensating entry; others cannot', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const pay = network.transfer(anna, bram, 90);
    const byBram = network.write(bram, 'reverse-transfer', { transfer: pay.id, reason: 'Vergissing' });
    network.write(network.founder, 'reverse-transfer', { transfer: pay.id, reason: 'Dubbel ingevoerd' });
    const state = await network.state();
    expect(state.rejected.get(idOf(byBram))?.reason).toBe('not-coordinator');
    expect(state.reversals.get(idOf(pay))).toBe('Dubbel ingevoerd');
    expect(state.members.get(keyOf(anna))).toMatchObject({ balance: 120, given: 0 });
    expect(state.members.get(keyOf(bram))).toMatchObject({ balance: 120, received: 120 });
  });

  it('members donate to the pot; coordinators grant from it', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    network.write(anna, 'pot-donate', { minutes: 60 });
    const byAnna = network.write(anna, 'pot-grant', { to: bram.signing.publicKey, minutes: 60, reason: '' });
    network.write(network.founder, 'pot-grant', { to: bram.signing.publicKey, minutes: 30, reason: 'Mantelzorger' });
    const state = await network.state();
    expect(state.rejected.get(idOf(byAnna))?.reason).toBe('not-coordinator');
    expect(state.members.get(keyOf(anna))?.balance).toBe(60);
    expect(state.members.get(keyOf(bram))?.balance).toBe(150);
    expect(state.pot).toBe(-240 + 60 - 30);
  });

  it('records proposals and confirmations by the parties only', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const cor = network.member('Cor');
    const proposal = network.write(bram, 'hours-proposal', {
      payer: anna.signing.publicKey,
      receiver: bram.signing.publicKey,
      minutes: 90,
      what: 'Samen naar de huisarts',
      post: null,
    });
    const meddling = network.write(cor, 'hours-proposal', {
      payer: anna.signing.publicKey,
      receiver: bram.signing.publicKey,
      minutes: 900,
      what: '',
      post: null,
    });
    network.write(anna, 'transfer', {
      to: bram.signing.publicKey,
      minutes: 90,
      what: 'Samen naar de huisarts',
      post: null,
      proposal: proposal.id,
    });
    const state = await network.state();
    expect(state.proposals.get(idOf(proposal))).toMatchObject({ minutes: 90, payer: keyOf(anna) });
    expect(state.rejected.get(idOf(meddling))?.reason).toBe('not-party');
    expect([...state.transfers.values()][0]?.proposal).toBe(idOf(proposal));
  });
});

describe('posts', () => {
  it('the author updates and closes a post; nobody else can', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const post = network.post(anna);
    const fields = { ...bodyOf(post, 'post'), post: post.id };
    network.write(anna, 'post-update', { ...fields, title: 'Mee naar de huisarts, donderdag' });
    const hijack = network.write(bram, 'post-update', { ...fields, title: 'Gekaapt' });
    const closeByOther = network.write(bram, 'post-close', { post: post.id, reason: 'done' });
    network.write(anna, 'post-close', { post: post.id, reason: 'done' });
    const state = await network.state();
    expect(state.posts.get(idOf(post))).toMatchObject({ title: 'Mee naar de huisarts, donderdag', status: 'done' });
    expect(state.rejected.get(idOf(hijack))?.reason).toBe('not-author');
    expect(state.rejected.get(idOf(closeByOther))?.reason).toBe('not-author');
  });

  it('a coordinator hides a post with a reason', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const post = network.post(anna);
    network.write(network.founder, 'hide-post', { post: post.id, reason: 'Reclame' });
    expect((await network.state()).hiddenPosts.get(idOf(post))).toBe('Reclame');
  });

  it('records both sides of a match, each side may change its mind', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const post = network.post(anna);
    network.write(bram, 'match-accept', { post: post.id, with: anna.signing.publicKey });
    network.write(anna, 'match-accept', { post: post.id, with: bram.signing.publicKey });
    network.write(anna, 'match-decline', { post: post.id, with: bram.signing.publicKey });
    const state = await network.state();
    expect(state.matchDecisions.get(`${idOf(post)} ${keyOf(bram)} ${keyOf(anna)}`)?.accept).toBe(true);
    expect(state.matchDecisions.get(`${idOf(post)} ${keyOf(anna)} ${keyOf(bram)}`)?.accept).toBe(false);
    expect(toBase64Url(post.id)).toBe(idOf(post));
  });
});
