// The rules, one by one, including what a hostile or buggy peer might try.
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../src/core/encoding/base64url.ts';
import { maxClockSkewMs } from '../../../src/core/entry/readEntry.ts';
import { newIdentity } from '../../../src/core/Identity.ts';
import { openDeclineNote, sealDeclineNote, sealRoomSecret } from '../../../src/core/sealing.ts';
import { flagsOf } from '../../../src/core/state/flags.ts';
import { bodyOf, failingJoinWork, idOf, keyOf, TestNetwork } from './TestNetwork.ts';

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

  it('a join without its proof of work is refused', async () => {
    const network = new TestNetwork({ joinWork: 8 });
    const newcomer = newIdentity();
    const join = network.write(newcomer, 'join', {
      boxKey: newcomer.box.publicKey,
      sealed: bodyOf(network.join('Iemand').join, 'join').sealed,
      work: failingJoinWork(network, newcomer),
    });
    expect((await network.state()).rejected.get(idOf(join))?.reason).toBe('no-work');
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

  it('refuses an admission that names someone else than the join request it answers', async () => {
    const network = new TestNetwork();
    const { join } = network.join('Dirk');
    const admit = network.admit(newIdentity(), join);
    expect((await network.state()).rejected.get(idOf(admit))?.reason).toBe('no-join');
  });

  it('an admission whose join request has not arrived waits for it', async () => {
    const network = new TestNetwork();
    const { identity, join } = network.join('Els');
    const admit = network.admit(identity, join);
    const ledger = await network.ledger(network.entries.filter((e) => e !== join));
    expect(ledger.state.rejected.get(idOf(admit))?.reason).toBe('missing-ref');
    await ledger.add(network.records([join]));
    expect(ledger.state.members.get(keyOf(identity))?.status).toBe('admitted');
  });

  it('refuses entries of people who were never admitted', async () => {
    const network = new TestNetwork();
    const { identity } = network.join('Eva');
    const post = network.post(identity);
    expect((await network.state()).rejected.get(idOf(post))?.reason).toBe('not-member');
  });

  it('a suspension cuts after the entries the coordinator had seen; what came before keeps counting', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const before = network.transfer(anna, bram, 60);
    network.suspend(anna);
    const after = network.transfer(anna, bram, 60);
    const state = await network.state();
    expect(state.members.get(keyOf(anna))?.status).toBe('suspended');
    expect(state.transfers.has(idOf(before))).toBe(true);
    expect(state.rejected.get(idOf(after))?.reason).toBe('suspended');
    expect(state.members.get(keyOf(bram))?.balance).toBe(180);
  });

  it('a suspended member cannot slip entries in: not by an earlier date, not by a branch at an old place', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const early = network.transfer(anna, bram, 30);
    const position = network.next(anna);
    network.suspend(anna);
    const backdated = network.write(
      anna,
      'transfer',
      { to: bram.signing.publicKey, minutes: 60, what: '', post: null, proposal: null },
      { time: early.entry.time - 3_600_000 },
    );
    // A second branch after `early`, where the chain was before the suspension.
    const branch = network.forge(
      anna,
      'transfer',
      { to: bram.signing.publicKey, minutes: 90, what: '', post: null, proposal: null },
      { ...position, time: early.entry.time + 1 },
    );
    const state = await network.state([...network.entries, branch]);
    expect(state.rejected.get(idOf(backdated))?.reason).toBe('suspended');
    expect(state.rejected.get(idOf(branch))?.reason).toBe('suspended');
    expect(state.members.get(keyOf(bram))?.balance).toBe(120 + 30);
  });

  it('reinstating lets what follows the named heads count again', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const before = network.post(anna);
    network.suspend(anna);
    const during = network.post(anna, { title: 'Tijdens' });
    network.write(network.founder, 'reinstate', { member: anna.signing.publicKey, from: [during.id] });
    const afterwards = network.post(anna, { title: 'Weer welkom' });
    const state = await network.state();
    expect(state.members.get(keyOf(anna))?.status).toBe('admitted');
    expect(state.posts.has(idOf(before))).toBe(true);
    expect(state.rejected.get(idOf(during))?.reason).toBe('suspended');
    expect(state.posts.get(idOf(afterwards))?.title).toBe('Weer welkom');
  });

  it('a second coordinator can admit; the last coordinator cannot be removed', async () => {
    const network = new TestNetwork();
    const fatima = network.member('Fatima');
    network.grant(fatima);
    const { identity, join } = network.join('Gert');
    network.admit(identity, join, fatima);
    network.write(fatima, 'revoke-role', { member: network.founder.signing.publicKey, role: 'coordinator' });
    const last = network.write(fatima, 'revoke-role', { member: fatima.signing.publicKey, role: 'coordinator' });
    const state = await network.state();
    expect(state.members.get(keyOf(identity))?.status).toBe('admitted');
    expect(state.members.get(keyOf(network.founder))?.roles.has('coordinator')).toBe(false);
    expect(state.rejected.get(idOf(last))?.reason).toBe('last-coordinator');
  });

  it('settings change from their entry on, and members are told', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const settings = { ...(await network.state()).network, rules: 'Nieuwe huisregels.' };
    if (!settings.name) throw new Error('no settings');
    const byAnna = network.write(anna, 'settings', { ...settings, rules: 'Alles mag.' } as never);
    const change = network.write(network.founder, 'settings', settings as never);
    const state = await network.state();
    expect(state.network?.rules).toBe('Nieuwe huisregels.');
    expect(state.settingsChanged.map((c) => c.id)).toEqual([idOf(change)]);
    expect(state.rejected.get(idOf(byAnna))?.reason).toBe('not-coordinator');
  });
});

describe('authority is causal, never by claimed time', () => {
  it('a suspended coordinator cannot suspend the founder by backdating and pretending not to have seen', async () => {
    const network = new TestNetwork();
    const fatima = network.member('Fatima');
    network.grant(fatima);
    const seenBefore = network.frontier();
    const suspension = network.suspend(fatima);
    // Fatima writes as if she had not seen her suspension, dated a day earlier.
    const revenge = network.write(
      fatima,
      'suspend',
      { member: network.founder.signing.publicKey, cut: network.head(network.founder), reason: '' },
      { seen: seenBefore, time: suspension.entry.time - 86_400_000 },
    );
    const { identity, join } = network.join('Sjoerd');
    const lateAdmit = network.write(
      fatima,
      'admit',
      {
        member: identity.signing.publicKey,
        join: join.id,
        welcome: 600,
        epoch: 0,
        secret: sealRoomSecret(network.roomSecret, [identity.box.publicKey], network.net, 0),
      },
      { seen: seenBefore, time: suspension.entry.time - 86_000_000 },
    );
    const state = await network.state();
    expect(state.members.get(keyOf(network.founder))?.status).toBe('admitted');
    expect(state.members.get(keyOf(fatima))?.status).toBe('suspended');
    expect(state.rejected.get(idOf(revenge))?.reason).toBe('suspended');
    expect(state.rejected.get(idOf(lateAdmit))?.reason).toBe('suspended');
    expect(state.members.get(keyOf(identity))?.status).toBe('pending');
  });

  it("a removed coordinator's earlier acts stand, even when the suspension cuts nothing of theirs", async () => {
    const network = new TestNetwork();
    const fatima = network.member('Fatima');
    network.grant(fatima);
    const { identity, join } = network.join('Henk');
    network.admit(identity, join, fatima);
    network.write(network.founder, 'suspend', { member: fatima.signing.publicKey, cut: [], reason: '' });
    const state = await network.state();
    expect(state.members.get(keyOf(fatima))?.status).toBe('suspended');
    expect(state.members.get(keyOf(identity))).toMatchObject({ status: 'admitted', balance: 120 });
  });

  it('roles are judged at the time of the act: a later revocation does not undo earlier grants', async () => {
    const network = new TestNetwork();
    const fatima = network.member('Fatima');
    const gert = network.member('Gert');
    network.grant(fatima);
    network.grant(gert, 'coordinator', fatima);
    network.write(network.founder, 'revoke-role', { member: fatima.signing.publicKey, role: 'coordinator' });
    const state = await network.state();
    expect(state.members.get(keyOf(gert))?.roles.has('coordinator')).toBe(true);
    expect(state.members.get(keyOf(fatima))?.roles.has('coordinator')).toBe(false);
  });

  it('two coordinators suspending each other at once: the senior one stands, whatever the times say', async () => {
    for (const fatimaFirst of [false, true]) {
      const network = new TestNetwork();
      const fatima = network.member('Fatima');
      network.grant(fatima);
      const seen = network.frontier();
      const founderTime = fatimaFirst ? network.clock + 120_000 : network.clock + 60_000;
      const fatimaTime = fatimaFirst ? network.clock + 60_000 : network.clock + 120_000;
      const byFounder = network.write(
        network.founder,
        'suspend',
        { member: fatima.signing.publicKey, cut: network.head(fatima), reason: '' },
        { seen, time: founderTime },
      );
      const byFatima = network.write(
        fatima,
        'suspend',
        { member: network.founder.signing.publicKey, cut: network.head(network.founder), reason: '' },
        { seen, time: fatimaTime },
      );
      const state = await network.state();
      expect(state.applied.has(idOf(byFounder))).toBe(true);
      expect(state.rejected.get(idOf(byFatima))?.reason).toBe('suspended');
      expect(state.members.get(keyOf(network.founder))?.status).toBe('admitted');
    }
  });

  it('an act that names an authority entry it cannot have seen waits; one naming a non-authority entry is refused', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const post = network.post(anna);
    const phantom = network.forge(anna, 'post', bodyOf(post, 'post'), { seq: 99, prev: new Uint8Array(20).fill(7) });
    const waits = network.write(
      network.founder,
      'hide-post',
      { post: post.id, reason: 'Reclame' },
      { seen: [phantom, ...network.frontier()] },
    );
    const state = await network.state();
    expect(state.rejected.get(idOf(waits))?.reason).toBe('missing-ref');
    const other = new TestNetwork();
    const nonsense = other.write(other.founder, 'hide-post', { post: post.id, reason: '' }, { seen: [other.genesis] });
    void nonsense;
    const wrong = network.write(network.founder, 'hide-post', { post: post.id, reason: 'x' }, { seen: [post] });
    expect((await network.state()).rejected.get(idOf(wrong))?.reason).toBe('bad-ref');
  });
});

describe('chains, and forks that cost only their author', () => {
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

  it('a fork (a phone restored from an old backup) is flagged; both branches count, so nobody else loses', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const cor = network.member('Cor');
    const backup = network.next(anna);
    const toBram = network.transfer(anna, bram, 60);
    const afterwards = network.transfer(anna, bram, 30);
    // The restored phone writes from where the backup was.
    const restored = network.forge(
      anna,
      'transfer',
      { to: cor.signing.publicKey, minutes: 45, what: '', post: null, proposal: null },
      backup,
    );
    const next = network.forge(anna, 'post', bodyOf(network.post(bram), 'post'), {
      seq: backup.seq + 1,
      prev: restored.id,
    });
    const state = await network.state([...network.entries, restored, next]);
    for (const entry of [toBram, afterwards, restored]) expect(state.transfers.has(idOf(entry))).toBe(true);
    expect(state.posts.has(idOf(next))).toBe(true);
    expect(state.members.get(keyOf(bram))?.balance).toBe(120 + 90);
    expect(state.members.get(keyOf(cor))?.balance).toBe(120 + 45);
    expect(state.members.get(keyOf(anna))?.balance).toBe(120 - 135);
    expect(flagsOf(state, network.clock)).toContainEqual({
      kind: 'fork',
      action: 'check-device',
      member: keyOf(anna),
      device: keyOf(anna),
      seq: backup.seq,
    });
  });

  it('an entry whose predecessor has not arrived waits, and counts once it has', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const first = network.post(anna);
    const second = network.post(anna, { title: 'Tweede' });
    const ledger = await network.ledger(network.entries.filter((e) => e !== first));
    expect(ledger.state.rejected.get(idOf(second))?.reason).toBe('missing-prev');
    const result = await ledger.add(network.records([first]));
    expect(result.rebuilt).toBe(false);
    expect(ledger.state.posts.get(idOf(second))?.title).toBe('Tweede');
  });

  it('refuses an entry whose prev is not the entry before it', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const bramPost = network.post(bram);
    const wrong = network.forge(anna, 'post', bodyOf(bramPost, 'post'), {
      seq: bramPost.entry.seq + 1,
      prev: bramPost.id,
    });
    expect((await network.state([...network.entries, wrong])).rejected.get(idOf(wrong))?.reason).toBe('bad-prev');
  });

  it('an entry dated far in the future waits until its time', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const body = bodyOf(network.post(anna), 'post');
    const now = network.clock;
    const future = network.write(anna, 'post', body, { time: now + maxClockSkewMs + 3_600_000 });
    const early = await network.ledger(network.entries, now);
    expect(early.state.rejected.get(idOf(future))?.reason).toBe('future');
    const later = await network.ledger(network.entries, future.entry.time);
    expect(later.state.posts.has(idOf(future))).toBe(true);
  });
});

describe('devices', () => {
  it('a second device writes for the same member: one balance, one author, no fork', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const laptop = newIdentity();
    network.write(anna, 'device-add', {
      device: laptop.signing.publicKey,
      boxKey: laptop.box.publicKey,
      label: 'laptop',
    });
    const post = network.post(laptop);
    network.transfer(laptop, bram, 30);
    network.transfer(anna, bram, 30);
    const state = await network.state();
    expect(state.posts.get(idOf(post))?.author).toBe(keyOf(anna));
    expect(state.members.get(keyOf(anna))?.balance).toBe(60);
    expect(state.forks.size).toBe(0);
    const update = network.write(anna, 'post-update', {
      ...bodyOf(post, 'post'),
      post: post.id,
      title: 'Van de telefoon',
    });
    expect((await network.state()).posts.get(idOf(post))?.title).toBe('Van de telefoon');
    void update;
  });

  it('a removed device writes nothing that counts; the last device cannot be removed', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const old = newIdentity();
    network.write(anna, 'device-add', { device: old.signing.publicKey, boxKey: old.box.publicKey, label: 'oud' });
    const before = network.post(old);
    network.write(anna, 'device-remove', { device: old.signing.publicKey, cut: network.head(old) });
    const after = network.post(old, { title: 'Nog steeds hier' });
    const last = network.write(anna, 'device-remove', { device: anna.signing.publicKey, cut: network.head(anna) });
    const state = await network.state();
    expect(state.posts.has(idOf(before))).toBe(true);
    expect(state.rejected.get(idOf(after))?.reason).toBe('suspended');
    expect(state.rejected.get(idOf(last))?.reason).toBe('last-device');
  });

  it('a coordinator moves a member who lost everything to a new key: balance and posts stay, the stolen phone stops', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const post = network.post(anna);
    network.transfer(bram, anna, 60);
    const fresh = newIdentity();
    network.write(network.founder, 'move-member', {
      member: anna.signing.publicKey,
      device: fresh.signing.publicKey,
      boxKey: fresh.box.publicKey,
      cut: network.head(anna),
      reason: 'Telefoon gestolen',
    });
    const thief = network.transfer(anna, bram, 600);
    const thiefBackdated = network.write(anna, 'post-close', { post: post.id, reason: 'withdrawn' }, { time: 0 });
    network.transfer(fresh, bram, 30);
    const state = await network.state();
    expect(state.rejected.get(idOf(thief))?.reason).toBe('suspended');
    expect(state.rejected.get(idOf(thiefBackdated))?.reason).toBe('suspended');
    expect(state.posts.get(idOf(post))).toMatchObject({ author: keyOf(anna), status: 'open' });
    expect(state.members.get(keyOf(anna))?.balance).toBe(120 + 60 - 30);
  });

  it('a suspended member cannot add a device to get around the suspension', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const seen = network.frontier();
    network.suspend(anna);
    const laptop = newIdentity();
    const add = network.write(
      anna,
      'device-add',
      { device: laptop.signing.publicKey, boxKey: laptop.box.publicKey, label: '' },
      { seen },
    );
    const post = network.post(laptop);
    const state = await network.state();
    expect(state.rejected.get(idOf(add))?.reason).toBe('suspended');
    expect(state.rejected.get(idOf(post))?.reason).toBe('not-member');
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
    expect(flagsOf(state, network.clock)).toEqual([
      { kind: 'over-limit', action: 'talk', member: keyOf(anna), balance: -120, limit: 60 },
    ]);
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
});

describe('proposals: only the other side confirms, and only a real payment counts as paid', () => {
  function exchange() {
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
    return { network, anna, bram, cor, proposal };
  }
  const pay = (minutes: number, to: Uint8Array, proposal: Uint8Array) => ({
    to,
    minutes,
    what: '',
    post: null,
    proposal,
  });

  it('records proposals by the parties only', async () => {
    const { network, anna, bram, cor, proposal } = exchange();
    const meddling = network.write(cor, 'hours-proposal', {
      payer: anna.signing.publicKey,
      receiver: bram.signing.publicKey,
      minutes: 900,
      what: '',
      post: null,
    });
    const state = await network.state();
    expect(state.proposals.get(idOf(proposal))).toMatchObject({ minutes: 90, payer: keyOf(anna) });
    expect(state.rejected.get(idOf(meddling))?.reason).toBe('not-party');
  });

  it('a confirmation counts only from the other party: not from the proposer, not from a third', async () => {
    const { network, anna, bram, cor, proposal } = exchange();
    const byProposer = network.write(bram, 'hours-confirm', { proposal: proposal.id });
    const byStranger = network.write(cor, 'hours-confirm', { proposal: proposal.id });
    let state = await network.state();
    expect(state.rejected.get(idOf(byProposer))?.reason).toBe('not-party');
    expect(state.rejected.get(idOf(byStranger))?.reason).toBe('not-party');
    expect(state.confirmations.size).toBe(0);
    network.write(anna, 'hours-confirm', { proposal: proposal.id });
    state = await network.state();
    expect(state.confirmations.has(idOf(proposal))).toBe(true);
  });

  it('nobody fakes "paid": only the payer, to the receiver, the minutes proposed', async () => {
    const { network, anna, bram, cor, proposal } = exchange();
    const byThird = network.write(cor, 'transfer', pay(90, bram.signing.publicKey, proposal.id));
    const tooLittle = network.write(anna, 'transfer', pay(1, bram.signing.publicKey, proposal.id));
    const elsewhere = network.write(anna, 'transfer', pay(90, cor.signing.publicKey, proposal.id));
    let state = await network.state();
    for (const fake of [byThird, tooLittle, elsewhere]) expect(state.rejected.get(idOf(fake))?.reason).toBe('mismatch');
    expect(state.paid.has(idOf(proposal))).toBe(false);
    network.write(anna, 'transfer', pay(90, bram.signing.publicKey, proposal.id));
    state = await network.state();
    expect(state.paid.has(idOf(proposal))).toBe(true);
    expect(state.members.get(keyOf(bram))?.balance).toBe(120 + 90);
  });

  it('a proposal is paid once: a second payment (another device, a retry) does not count', async () => {
    const { network, anna, bram, proposal } = exchange();
    const laptop = newIdentity();
    network.write(anna, 'device-add', { device: laptop.signing.publicKey, boxKey: laptop.box.publicKey, label: '' });
    const one = network.write(anna, 'transfer', pay(90, bram.signing.publicKey, proposal.id));
    const two = network.write(laptop, 'transfer', pay(90, bram.signing.publicKey, proposal.id));
    const state = await network.state();
    const [first, second] = idOf(one) < idOf(two) ? [one, two] : [two, one];
    expect(state.paid.get(idOf(proposal))).toBe(idOf(first));
    expect(state.rejected.get(idOf(second))?.reason).toBe('already-paid');
    expect(state.members.get(keyOf(bram))?.balance).toBe(120 + 90);
  });

  it('a confirmation that arrives before its proposal waits for it', async () => {
    const { network, anna, proposal } = exchange();
    const confirm = network.write(anna, 'hours-confirm', { proposal: proposal.id });
    const ledger = await network.ledger(network.entries.filter((e) => e !== proposal));
    expect(ledger.state.rejected.get(idOf(confirm))?.reason).toBe('missing-ref');
    const result = await ledger.add(network.records([proposal]));
    expect(result.rebuilt).toBe(false);
    expect(ledger.state.confirmations.has(idOf(proposal))).toBe(true);
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

  it('a coordinator hides a post with a reason; the act is in the audit log', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const post = network.post(anna);
    const hide = network.write(network.founder, 'hide-post', { post: post.id, reason: 'Reclame' });
    const state = await network.state();
    expect(state.hiddenPosts.get(idOf(post))).toBe('Reclame');
    expect(state.acts.at(-1)).toMatchObject({
      id: idOf(hide),
      by: keyOf(network.founder),
      about: idOf(post),
      reason: 'Reclame',
    });
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

describe('members without a device of their own', () => {
  it('a coordinator enrolls a card member with consent and an opening balance; others cannot', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const card = newIdentity();
    const body = {
      member: card.signing.publicKey,
      boxKey: card.box.publicKey,
      name: 'Mevrouw De Vries',
      area: 'Oosterpark',
      welcome: 120,
      opening: -90,
      consent: 'Ik weet wat er met mijn gegevens gebeurt.',
      epoch: 0,
      secret: null,
    };
    const byAnna = network.write(anna, 'enroll', { ...body, member: newIdentity().signing.publicKey });
    network.write(network.founder, 'enroll', body);
    network.write(card, 'post', bodyOf(network.post(anna), 'post'), { via: anna.signing.publicKey });
    const state = await network.state();
    expect(state.rejected.get(idOf(byAnna))?.reason).toBe('not-coordinator');
    expect(state.members.get(keyOf(card))).toMatchObject({ status: 'admitted', balance: 30 });
    expect([...state.posts.values()].find((p) => p.author === keyOf(card))?.via).toBe(keyOf(anna));
  });
});
