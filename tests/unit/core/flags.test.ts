// What the coordinator is asked to look at, and what to do about it. Flags never block.
import { describe, expect, it } from 'vitest';
import { newIdentity } from '../../../src/core/Identity.ts';
import {
  flagsOf,
  heavyHelp,
  heavyHelpExchanges,
  heavyHelpMinutes,
  unanswered,
  viaCoordinator,
} from '../../../src/core/state/flags.ts';
import { bodyOf, idOf, keyOf, TestNetwork } from './TestNetwork.ts';

/** Signing real histories is slow on a loaded machine. */
const slow = { timeout: 60_000 };

const day = 24 * 60 * 60 * 1000;

describe('over the credit limit', slow, () => {
  it('is a reason to talk, most negative first; the transfers stand', async () => {
    const network = new TestNetwork({ creditLimit: 60 });
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const cor = network.member('Cor');
    network.transfer(anna, cor, 210);
    network.transfer(bram, cor, 300);
    network.transfer(cor, anna, 20);
    const state = await network.state();
    expect(state.members.get(keyOf(cor))?.balance).toBe(120 + 510 - 20);
    expect(flagsOf(state, network.clock).filter((f) => f.kind === 'over-limit')).toEqual([
      { kind: 'over-limit', action: 'talk', member: keyOf(bram), balance: 120 - 300, limit: 60 },
      { kind: 'over-limit', action: 'talk', member: keyOf(anna), balance: 120 - 210 + 20, limit: 60 },
    ]);
  });
});

describe('a forked device', slow, () => {
  it('names the device and the member it belongs to, to ask them about it', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const laptop = newIdentity();
    network.write(anna, 'device-add', {
      device: laptop.signing.publicKey,
      boxKey: laptop.box.publicKey,
      label: 'laptop',
    });
    const post = bodyOf(network.post(anna), 'post');
    network.write(laptop, 'post', post);
    // The laptop, restored from a backup, writes its first entry again.
    const again = network.forge(laptop, 'post', { ...post, title: 'Nog eens' }, { seq: 1, prev: null });
    const state = await network.state([...network.entries, again]);
    expect(flagsOf(state, network.clock).filter((f) => f.kind === 'fork')).toEqual([
      { kind: 'fork', action: 'check-device', member: keyOf(anna), device: keyOf(laptop), seq: 1 },
    ]);
  });
});

describe('heavy repeat help (principle 7)', slow, () => {
  it('weekly help is what a timebank is for: four exchanges in four weeks are not flagged', async () => {
    const network = new TestNetwork();
    const helper = network.member('Henk');
    const helped = network.member('Annie');
    for (let week = 0; week < 4; week++) {
      network.clock += 7 * day;
      network.transfer(helped, helper, 60, 'Boodschappen');
    }
    expect(heavyHelp(await network.state(), network.clock)).toEqual([]);
  });

  it(`${heavyHelpExchanges} exchanges from one helper to one neighbour in four weeks are flagged for a review`, async () => {
    const network = new TestNetwork();
    const helper = network.member('Henk');
    const helped = network.member('Annie');
    const other = network.member('Bram');
    network.clock += day;
    const first = network.transfer(helped, helper, 60, 'Boodschappen');
    for (let i = 1; i < heavyHelpExchanges; i++) {
      network.clock += 5 * day;
      network.transfer(helped, helper, 60, 'Boodschappen');
    }
    // Help for someone else does not add up with it.
    network.transfer(other, helper, 60);
    expect(heavyHelp(await network.state(), network.clock)).toEqual([
      {
        kind: 'heavy-help',
        action: 'review-help',
        helper: keyOf(helper),
        helped: keyOf(helped),
        exchanges: heavyHelpExchanges,
        minutes: heavyHelpExchanges * 60,
        since: first.entry.time,
      },
    ]);
  });

  it(`${heavyHelpMinutes / 60} hours in four weeks are flagged, however few the exchanges`, async () => {
    const network = new TestNetwork();
    const helper = network.member('Henk');
    const helped = network.member('Annie');
    network.transfer(helped, helper, heavyHelpMinutes / 2);
    network.clock += 10 * day;
    network.transfer(helped, helper, heavyHelpMinutes / 2 - 1);
    expect(heavyHelp(await network.state(), network.clock)).toEqual([]);
    network.transfer(helped, helper, 1);
    expect(heavyHelp(await network.state(), network.clock)).toMatchObject([
      { exchanges: 3, minutes: heavyHelpMinutes },
    ]);
  });

  it('looks back four weeks only, and leaves reversed transfers out', async () => {
    const network = new TestNetwork();
    const helper = network.member('Henk');
    const helped = network.member('Annie');
    const payments = [];
    for (let i = 0; i < heavyHelpExchanges; i++) {
      network.clock += 6 * day;
      payments.push(network.transfer(helped, helper, 60));
    }
    const state = await network.state();
    expect(heavyHelp(state, network.clock)).toHaveLength(1);
    // Five days on, the first of them is more than four weeks ago.
    expect(heavyHelp(state, network.clock + 5 * day)).toEqual([]);
    const reversed = payments[2];
    if (!reversed) throw new Error('no payment');
    network.write(network.founder, 'reverse-transfer', { transfer: reversed.id, reason: 'Dubbel ingevoerd' });
    expect(heavyHelp(await network.state(), network.clock)).toEqual([]);
  });
});

describe('nobody answered in two weeks', slow, () => {
  it('brings up an open post that nobody but its author answered, after fourteen days', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const post = network.post(anna);
    // The author's own word about someone is no answer from anyone.
    network.write(anna, 'match-decline', { post: post.id, with: newIdentity().signing.publicKey });
    let state = await network.state();
    expect(unanswered(state, post.entry.time + 13 * day)).toEqual([]);
    expect(unanswered(state, post.entry.time + 14 * day)).toEqual([
      {
        kind: 'unanswered-post',
        action: 'suggest-match',
        post: idOf(post),
        author: keyOf(anna),
        since: post.entry.time,
      },
    ]);
    const bram = network.member('Bram');
    network.write(bram, 'match-decline', { post: post.id, with: anna.signing.publicKey });
    state = await network.state();
    expect(unanswered(state, post.entry.time + 15 * day)).toEqual([]);
  });

  it('leaves out posts that are closed or hidden', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const closed = network.post(anna);
    const hidden = network.post(anna, { title: 'Te koop: fiets' });
    network.write(anna, 'post-close', { post: closed.id, reason: 'withdrawn' });
    network.write(network.founder, 'hide-post', { post: hidden.id, reason: 'Geen handel op het bord' });
    expect(unanswered(await network.state(), network.clock + 30 * day)).toEqual([]);
  });

  it('brings up someone who offered to help and heard nothing from the author in two weeks', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const post = network.post(anna);
    const offer = network.write(bram, 'match-accept', { post: post.id, with: anna.signing.publicKey });
    const state = await network.state();
    expect(unanswered(state, offer.entry.time + 14 * day)).toEqual([
      {
        kind: 'unanswered-response',
        action: 'remind-author',
        post: idOf(post),
        author: keyOf(anna),
        responder: keyOf(bram),
        since: offer.entry.time,
      },
    ]);
    network.write(anna, 'match-decline', { post: post.id, with: bram.signing.publicKey });
    expect(unanswered(await network.state(), offer.entry.time + 14 * day)).toEqual([]);
  });
});

describe('"via de coördinator"', slow, () => {
  it('queues requests asked through the coordinator until a match is agreed', async () => {
    const network = new TestNetwork();
    const annie = network.member('Annie');
    const henk = network.member('Henk');
    const request = network.post(annie, { viaCoordinator: true });
    network.post(annie, { kind: 'offer', title: 'Ik lees voor', viaCoordinator: true });
    network.post(annie, { title: 'Gewoon gevraagd' });
    const queued = { kind: 'via-coordinator', action: 'suggest-match', post: idOf(request), author: keyOf(annie) };
    expect(viaCoordinator(await network.state())).toEqual([{ ...queued, since: request.entry.time }]);
    // The coordinator suggested Henk; Henk says yes, then Annie does.
    network.write(henk, 'match-accept', { post: request.id, with: annie.signing.publicKey });
    expect(viaCoordinator(await network.state())).toHaveLength(1);
    network.write(annie, 'match-accept', { post: request.id, with: henk.signing.publicKey });
    expect(viaCoordinator(await network.state())).toEqual([]);
  });
});
