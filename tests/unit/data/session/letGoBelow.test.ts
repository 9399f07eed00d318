// A phone that let go of the history below a checkpoint (docs/protocol.md §7.1,
// letGoBelow.ts) still takes the next one and shows what an archive device shows, before and
// after a reload, keeping the rows of its member's older hours — those it paid and those
// others paid it — through a derivation anew from a partial verdict (belowTips.ts
// frontierWithKeptBelow). It lets go only while its view is known complete (not on a full
// disk: what it keeps is read from the view's rows). A device that was an archive device
// never lets go: a coordinator's laptop whose member is suspended keeps its first doc at rest.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { idFromText } from '../../../../src/core/encoding/base64url.ts';
import type { NetworkSession } from '../../../../src/data/session/index.ts';
import { Neighbourhood, postFields, until, untilAny } from '../../../support/Neighbourhood.ts';
import { balances, minutesOf, pay } from '../../../support/sessionHours.ts';

let hood = new Neighbourhood();
afterEach(async () => {
  vi.useRealTimers();
  await hood.close();
  hood = new Neighbourhood();
});

const rowIds = async (session: NetworkSession) => (await session.db.transfers.toArray()).map((row) => row.id).sort();

function monthsFromNow(): (months: number) => void {
  const now = new Date();
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  return (months) => vi.setSystemTime(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1));
}

describe('a phone that let go of the history below a checkpoint', () => {
  it('takes the next checkpoint, shows the same balances, and keeps its older hours, after a reload too', async () => {
    const { session: carla, invite } = await hood.found('Carla');
    const anna = await hood.admitted(carla, invite, 'Anna');
    const paid = await pay(anna, carla, 30, 'Boodschappen');
    const received = await pay(carla, anna, 20, 'Soep');
    // Each writes on after: their older hours are no tips of a checkpoint.
    for (const session of [anna, carla]) expect((await session.write('post', postFields())).ok).toBe(true);
    await until(carla, () => minutesOf(carla).includes(30));
    await until(anna, () => minutesOf(anna).includes(20));

    const monthsOn = monthsFromNow();
    // Five months on, checkpoint 1 counts: Anna's phone moves on and lets go of what lies below.
    monthsOn(5);
    await pay(carla, anna, 45, 'Fiets');
    await until(carla, () => Boolean(carla.record.checkpoint && carla.memberState?.checkpoint));
    const first = carla.record.checkpoint ?? '';
    await untilAny([carla, anna], () => anna.record.firstDocLetGo === first);
    expect(anna.record.wasArchive).toBeUndefined();
    expect(carla.record.wasArchive).toBe(true);
    expect(carla.record.firstDocLetGo ?? null).toBeNull();
    const older = [paid, received].sort();
    expect(await rowIds(anna)).toEqual(expect.arrayContaining(older));

    // Reloaded, the phone starts from checkpoint 1 with only what it kept.
    anna.close();
    const annaAgain = await hood.reopen(anna);
    await annaAgain.memberReady;
    expect(annaAgain.record.checkpoint).toBe(first);
    await untilAny([carla, annaAgain], () => balances(annaAgain).join() === balances(carla).join());

    // A quarter later checkpoint 2 counts on Carla's laptop: the phone checks it from
    // checkpoint 1's state, derives anew across it, and keeps the rows of its older hours.
    monthsOn(8);
    const later = await pay(carla, annaAgain, 10, 'Ladder');
    await until(carla, () => Boolean(carla.record.checkpoint && carla.record.checkpoint !== first));
    const second = carla.record.checkpoint ?? '';
    await untilAny([carla, annaAgain], () => annaAgain.record.checkpoint === second);
    await untilAny([carla, annaAgain], () => annaAgain.record.firstDocLetGo === second);
    await untilAny([carla, annaAgain], () => balances(annaAgain).join() === balances(carla).join());
    expect(annaAgain.memberState?.checkpoint?.until).toBe(carla.memberState?.checkpoint?.until);
    expect(await rowIds(annaAgain)).toEqual(expect.arrayContaining([...older, later]));

    // And after another reload.
    annaAgain.close();
    const annaThird = await hood.reopen(annaAgain);
    await annaThird.memberReady;
    expect(annaThird.record.checkpoint).toBe(second);
    await untilAny([carla, annaThird], () => balances(annaThird).join() === balances(carla).join());
    // The opening compares the view with the ledger once the page settled (MemberRoomKeeper, 1.5 s).
    await annaThird.settledInBackground();
    expect(await rowIds(annaThird)).toEqual(expect.arrayContaining([...older, later]));
    await pay(annaThird, carla, 7, 'Thee');
    await until(carla, () => minutesOf(carla).includes(7));
  }, 90_000);
});

describe('a phone that let go and became a coordinator', () => {
  it('proposes no checkpoint another device finds false, and both count the next one', async () => {
    const { session: carla, invite } = await hood.found('Carla');
    const anna = await hood.admitted(carla, invite, 'Anna');
    await pay(anna, carla, 30, 'Boodschappen');
    await pay(carla, anna, 20, 'Soep');
    for (const session of [anna, carla]) expect((await session.write('post', postFields())).ok).toBe(true);
    await until(anna, () => minutesOf(anna).includes(20));
    const monthsOn = monthsFromNow();
    monthsOn(5);
    await pay(carla, anna, 45, 'Fiets');
    await until(carla, () => Boolean(carla.record.checkpoint && carla.memberState?.checkpoint));
    const first = carla.record.checkpoint ?? '';
    await untilAny([carla, anna], () => anna.record.firstDocLetGo === first);
    anna.close();
    const annaAgain = await hood.reopen(anna);
    await annaAgain.memberReady;

    // Anna becomes a coordinator: her phone is an archive device now, holding only part of F(1).
    const granted = await carla.write('grant-role', { member: idFromText(annaAgain.memberKey), role: 'coordinator' });
    expect(granted.ok).toBe(true);
    await untilAny([carla, annaAgain], () => annaAgain.record.wasArchive === true);

    // A quarter later, with Carla's laptop closed, checkpoint 2 is due on Anna's phone: it
    // proposes only holding all of F(1) again (dueWrite.ts; as an archive device it fetched it).
    carla.close();
    monthsOn(8);
    await pay(annaAgain, carla, 10, 'Ladder');
    const ofPart2 = (session: NetworkSession) => {
      const summaries = new Set<string>();
      for (const act of session.memberState?.acts ?? []) {
        const entry = session.memberState?.applied.get(act.id);
        const body = entry?.type === 'checkpoint' ? (entry.body as { part: number; summary: Uint8Array }) : null;
        if (body?.part === 2) summaries.add(String(body.summary));
      }
      return [...summaries];
    };

    // Carla's laptop finds what was proposed true (one summary, none false), and both count it.
    const carlaAgain = await hood.reopen(carla);
    await carlaAgain.memberReady;
    await untilAny([carlaAgain, annaAgain], () =>
      Boolean(carlaAgain.record.checkpoint && carlaAgain.record.checkpoint !== first),
    );
    const second = carlaAgain.record.checkpoint ?? '';
    await untilAny([carlaAgain, annaAgain], () => annaAgain.record.checkpoint === second);
    expect(ofPart2(carlaAgain)).toHaveLength(1);
    expect(carlaAgain.memberState?.falseCheckpoints?.size ?? 0).toBe(0);
    await untilAny([carlaAgain, annaAgain], () => balances(annaAgain).join() === balances(carlaAgain).join());
  }, 90_000);
});

describe('a phone whose view is not known complete', () => {
  it('does not let go while its disk is full, and does once the view is written whole', async () => {
    const { session: carla, invite } = await hood.found('Carla');
    const anna = await hood.admitted(carla, invite, 'Anna');
    const paid = await pay(anna, carla, 30, 'Boodschappen');
    const received = await pay(carla, anna, 20, 'Soep');
    for (const session of [anna, carla]) expect((await session.write('post', postFields())).ok).toBe(true);
    await until(anna, () => minutesOf(anna).includes(20));

    // Anna's disk fills once her phone took the checkpoint: the view written anew across it
    // cannot hold the hours rows (a browser's QuotaExceededError), though it moves on.
    const db = anna.db;
    const transaction = db.transaction.bind(db);
    let room = false;
    db.transaction = ((...args: Parameters<typeof db.transaction>) => {
      if (!room && anna.record.checkpoint && args.flat().includes(db.transfers))
        return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      return transaction(...args);
    }) as typeof db.transaction;

    const monthsOn = monthsFromNow();
    monthsOn(5);
    const fiets = await pay(carla, anna, 45, 'Fiets');
    await until(carla, () => Boolean(carla.record.checkpoint && carla.memberState?.checkpoint));
    const first = carla.record.checkpoint ?? '';
    await untilAny([carla, anna], () => anna.record.checkpoint === first && anna.integrity.storageFull);
    await anna.settledInBackground();
    expect(anna.record.firstDocLetGo ?? null).toBeNull();

    // Room again: the next change writes the whole view, and the phone lets go keeping its rows.
    room = true;
    const later = await pay(carla, anna, 5, 'Koffie');
    await untilAny([carla, anna], () => anna.record.firstDocLetGo === first);
    expect(anna.integrity.storageFull).toBe(false);
    expect(await rowIds(anna)).toEqual(expect.arrayContaining([paid, received, fiets, later].sort()));
  }, 90_000);
});

describe('a device that was an archive device', () => {
  it('a coordinator laptop whose member is suspended keeps its first doc at rest', async () => {
    const { session: carla, invite } = await hood.found('Carla');
    const bram = await hood.admitted(carla, invite, 'Bram');
    const granted = await carla.write('grant-role', { member: idFromText(bram.memberKey), role: 'coordinator' });
    expect(granted.ok).toBe(true);
    await until(bram, () => bram.memberState?.members.get(bram.memberKey)?.roles.has('coordinator') === true);
    await pay(bram, carla, 30, 'Boodschappen');

    const monthsOn = monthsFromNow();
    monthsOn(5);
    await pay(carla, bram, 45, 'Fiets');
    await until(carla, () => Boolean(carla.record.checkpoint && carla.memberState?.checkpoint));
    const first = carla.record.checkpoint ?? '';
    await untilAny([carla, bram], () => bram.record.checkpoint === first && bram.record.wasArchive === true);

    // Suspended, Bram's laptop is no archive device by the state; it was one, and keeps the history.
    const state = carla.memberState;
    if (!state) throw new Error('no state');
    const suspended = await carla.write('suspend', {
      member: idFromText(bram.memberKey),
      cut: [idFromText(state.heads.get(bram.me)?.id ?? '')],
      reason: 'Even pauze',
    });
    expect(suspended.ok).toBe(true);
    await untilAny([carla, bram], () => bram.memberState?.members.get(bram.memberKey)?.status === 'suspended');
    await bram.settledInBackground();
    expect(bram.record.firstDocLetGo ?? null).toBeNull();
  }, 90_000);
});
