// The exchange commands with in-memory rooms: three devices (a coordinator and two
// neighbours) ask, respond, talk, agree and record hours, and every device's Dexie view
// ends with the same balances.
import { afterEach, describe, expect, it } from 'vitest';
import { matchWith, postById, proposalsWith, respondersTo, thanksFor } from '../../../../src/data/exchange/index.ts';
import type { NetworkSession } from '../../../../src/data/session/index.ts';
import { conversationRows } from '../../../../src/data/store/index.ts';
import { Neighbourhood, postFields, until, untilStored } from '../../../support/Neighbourhood.ts';

let hood = new Neighbourhood();
afterEach(async () => {
  await hood.close();
  hood = new Neighbourhood();
});

async function threeNeighbours() {
  const carla = await hood.found('Carla');
  const anna = await hood.admitted(carla.session, carla.invite, 'Anna');
  const bram = await hood.admitted(carla.session, carla.invite, 'Bram');
  await until(anna, () => Boolean(anna.memberState?.members.get(bram.me)?.profile));
  return { carla: carla.session, anna, bram };
}

/** The member's balance in the device's Dexie view, once it is `expected`. */
async function balanceOn(session: NetworkSession, member: string, expected: number): Promise<number | undefined> {
  const row = await untilStored(
    () => session.db.members.get(member),
    (row) => row?.balance === expected,
  );
  return row?.balance;
}

// Several devices' crypto in one process: generous on a busy machine.
describe('exchange', { timeout: 30_000 }, () => {
  it('ask, respond with a message, agree, propose and confirm: the payer pays, everyone sees it', async () => {
    const { carla, anna, bram } = await threeNeighbours();
    const posted = await bram.write('post', postFields());
    if (!posted.ok) throw new Error(posted.problem);
    const postId = posted.id;

    await until(anna, () => postById(anna, postId) !== null);
    expect((await anna.exchange.respond(postId, 'Ik kan donderdag!')).ok).toBe(true);

    await until(bram, () => respondersTo(bram, postId).includes(anna.me));
    const [message] = await untilStored(
      () => conversationRows(bram.db, bram.me, anna.me, postId),
      (rows) => rows.length === 1,
    );
    expect(message && bram.exchange.readMessage(message)).toBe('Ik kan donderdag!');
    // The coordinator carries the message for delivery but cannot read it, and keeps no row
    // of a conversation it is not in (§7.2: private messages stay with their people).
    await until(carla, () => carla.memberState?.messages.has(message?.id ?? '') === true);
    const carried = carla.memberState?.messages.get(message?.id ?? '');
    expect(carried && carla.exchange.readMessage(carried)).toBeNull();
    expect(await conversationRows(carla.db, anna.me, bram.me, postId)).toEqual([]);

    const post = postById(bram, postId);
    if (!post) throw new Error('no post');
    expect(matchWith(bram, post, anna.me)).toMatchObject({ responderAccepted: true, agreed: false });
    expect((await bram.exchange.decide(postId, anna.me, true)).ok).toBe(true);
    await until(anna, () => matchWith(anna, post, bram.me)?.agreed === true);

    // Anna helped: she proposes, Bram (who asked, so pays) confirms by paying.
    expect((await anna.exchange.proposeHours(postId, bram.me, 90, 'Boodschappen gedaan')).ok).toBe(true);
    await until(bram, () => proposalsWith(bram, postId, anna.me).length === 1);
    const [{ proposal, status } = { proposal: null, status: null }] = proposalsWith(bram, postId, anna.me);
    expect(status).toBe('waiting');
    expect(proposal).toMatchObject({ payer: bram.me, receiver: anna.me, minutes: 90 });
    const paid = await bram.exchange.confirmHours(proposal?.id ?? '', 'Dank je wel!');
    expect(paid.ok).toBe(true);
    // Paying again is not needed: it says so instead of paying twice.
    expect(await bram.exchange.confirmHours(proposal?.id ?? '', '')).toEqual({ ok: false, problem: 'not-needed' });

    await until(anna, () => proposalsWith(anna, postId, bram.me)[0]?.status === 'paid');
    // The thanks is an entry of its own, written after the payment.
    await until(anna, () => thanksFor(anna, proposal?.id ?? '').length === 1);
    expect(thanksFor(anna, proposal?.id ?? '').map((x) => x.text)).toEqual(['Dank je wel!']);
    for (const device of [anna, bram, carla]) {
      expect(await balanceOn(device, anna.me, 90)).toBe(90);
      expect(await balanceOn(device, bram.me, -90)).toBe(-90);
    }
  });

  it("the payer's device pays by itself once the receiver confirms", async () => {
    const { anna, bram } = await threeNeighbours();
    const offer = await anna.write('post', postFields({ kind: 'offer', title: 'Ik help met de tuin' }));
    if (!offer.ok) throw new Error(offer.problem);
    await until(bram, () => postById(bram, offer.id) !== null);
    expect((await bram.exchange.respond(offer.id, '')).ok).toBe(true);
    await until(anna, () => respondersTo(anna, offer.id).includes(bram.me));
    expect((await anna.exchange.decide(offer.id, bram.me, true)).ok).toBe(true);
    const post = postById(bram, offer.id);
    if (!post) throw new Error('no post');
    await until(bram, () => matchWith(bram, post, anna.me)?.agreed === true);

    // Bram received the help, so he pays; he proposes, Anna confirms.
    expect((await bram.exchange.proposeHours(offer.id, anna.me, 60, 'Tuin')).ok).toBe(true);
    await until(anna, () => proposalsWith(anna, offer.id, bram.me).length === 1);
    const proposalId = proposalsWith(anna, offer.id, bram.me)[0]?.proposal.id ?? '';
    const confirmed = await anna.exchange.confirmHours(proposalId, '');
    expect(confirmed.ok && confirmed.entry.entry.type).toBe('hours-confirm');

    await until(anna, () => proposalsWith(anna, offer.id, bram.me)[0]?.status === 'paid');
    expect(bram.memberState?.transfers.size).toBe(1);
    expect(await balanceOn(anna, anna.me, 60)).toBe(60);
    // The device remembers what it paid by itself, and never pays it again.
    expect(bram.record.paid).toEqual([proposalId]);
    await bram.exchange.payConfirmed();
    expect(bram.memberState?.transfers.size).toBe(1);
  });

  it('says which thing is missing instead of one catch-all', async () => {
    const { anna } = await threeNeighbours();
    expect(await anna.exchange.respond('no-such-post', 'Hoi')).toEqual({ ok: false, problem: 'unknown-post' });
    expect(await anna.exchange.proposeHours('no-such-post', anna.me, 30, 'x')).toEqual({
      ok: false,
      problem: 'unknown-post',
    });
    expect(await anna.exchange.confirmHours('no-such-proposal', '')).toEqual({
      ok: false,
      problem: 'unknown-proposal',
    });
    expect(await anna.exchange.sendMessage('nobody', null, 'Hoi')).toEqual({
      ok: false,
      problem: 'rule',
      rule: 'unknown-member',
    });
    anna.close();
    expect(anna.phase).toBe('closed');
    expect(await anna.write('post', postFields())).toEqual({ ok: false, problem: 'session-closed' });
    expect(await anna.exchange.respond('no-such-post', '')).toEqual({ ok: false, problem: 'session-closed' });
  });
});
