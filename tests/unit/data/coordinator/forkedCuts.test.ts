// Paid hours cannot be undone with cheap forks, through the commands the pages use: Mark
// pays Xandra a day's help, signs many branches off an early entry of his own chain, and
// then is suspended, moved to a new key ("I lost my phone"), has his card replaced, or is
// reinstated. The coordinator's device names every head it knows, so Xandra keeps her day.
import { afterEach, describe, expect, it } from 'vitest';
import { idFromText, toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { type SignedEntry, signEntry } from '../../../../src/core/entry/Entry.ts';
import { type Identity, newIdentity } from '../../../../src/core/Identity.ts';
import { flagLines } from '../../../../src/data/coordinator/index.ts';
import { becomeKiosk, CardLogin, KioskDatabase } from '../../../../src/data/kiosk/index.ts';
import type { NetworkSession } from '../../../../src/data/session/index.ts';
import type { Room } from '../../../../src/sync/Room.ts';
import { Neighbourhood, postFields, until } from '../../../support/Neighbourhood.ts';

let hood = new Neighbourhood();
const kioskDatabases: KioskDatabase[] = [];
afterEach(async () => {
  await hood.close();
  hood = new Neighbourhood();
  for (const db of kioskDatabases.splice(0)) await db.delete();
});

const day = 24 * 60;
const slow = 120_000;

function ok<T extends { ok: boolean }>(result: T): T & { ok: true } {
  if (!result.ok) throw new Error(`write failed: ${JSON.stringify(result)}`);
  return result as T & { ok: true };
}

/** `count` branches of `author`'s chain right after `early`, signed as the author's device would. */
function forksAfter(session: NetworkSession, author: Identity, early: SignedEntry, count: number): SignedEntry[] {
  return Array.from({ length: count }, (_, n) =>
    signEntry(author, {
      net: session.net,
      type: 'post',
      seq: early.entry.seq + 1,
      prev: early.id,
      time: Date.now(),
      body: postFields({ title: `Tak ${n}` }),
    }),
  );
}

/** Puts entries into a session's member room as if a peer had sent them. */
async function deliver(session: NetworkSession, entries: readonly SignedEntry[]): Promise<void> {
  const room = (session as unknown as { wired: { member: { room: Room | null } } }).wired.member.room;
  if (!room) throw new Error('no member room');
  for (const signed of entries) await room.appendForeign(toBase64Url(signed.id), signed.bytes);
}

function holds(session: NetworkSession, entries: readonly SignedEntry[]): boolean {
  return entries.every((signed) => session.memberState?.chain.has(toBase64Url(signed.id)) === true);
}

function pay(to: NetworkSession, minutes = day) {
  return { to: idFromText(to.me), minutes, what: 'Een dag geholpen', post: null, proposal: null };
}

/**
 * Carla (coordinator), Xandra and Mark. Mark posts, posts again and pays Xandra a day;
 * then `count` branches after his first post reach Carla, and Carla opens the app anew
 * (the state derived from scratch, as on any morning).
 */
async function forkedPayment(count: number) {
  const carla = await hood.found('Carla');
  const xandra = await hood.admitted(carla.session, carla.invite, 'Xandra');
  const mark = await hood.admitted(carla.session, carla.invite, 'Mark');
  const early = ok(await mark.write('post', postFields({ title: 'Vroeg' })));
  ok(await mark.write('post', postFields({ title: 'Nog een vraag' })));
  const payment = ok(await mark.write('transfer', pay(xandra)));
  const forks = forksAfter(mark, mark.identity, early.entry, count);
  await deliver(carla.session, forks);
  await until(carla.session, () => holds(carla.session, forks) && xandraHas(carla.session, xandra));
  carla.session.close();
  const coordinator = await hood.reopen(carla.session);
  await until(coordinator, () => holds(coordinator, [payment.entry, ...forks]));
  return { carla: { ...carla, session: coordinator }, xandra, mark, payment };
}

function xandraHas(session: NetworkSession, xandra: NetworkSession, minutes = day): boolean {
  return session.memberState?.members.get(xandra.me)?.balance === minutes;
}

describe('a coordinator act on a member who forked on purpose', () => {
  it.each([16, 300])(
    'suspend, %i forks: Xandra keeps the day on every device; Mark is suspended',
    async (count) => {
      const { carla, xandra, mark, payment } = await forkedPayment(count);
      // Worth a look on its own: more branches than a restored backup makes.
      expect(flagLines(carla.session)).toContainEqual(
        expect.objectContaining({ kind: 'over-forked', to: mark.me, heads: count + 1 }),
      );
      ok(await carla.session.coordinator.suspend(mark.me, 'Vals gespeeld'));
      const state = carla.session.memberState;
      expect(state?.members.get(mark.me)?.status).toBe('suspended');
      // Every tip is named, whatever the order they are listed in: the real one cannot be left out.
      expect(state?.devices.get(mark.me)?.windows.at(-1)?.end?.size).toBe(count + 1);
      expect(state?.transfers.has(payment.id)).toBe(true);
      expect(xandraHas(carla.session, xandra)).toBe(true);
      await until(xandra, () => xandra.memberState?.members.get(mark.me)?.status === 'suspended');
      expect(xandraHas(xandra, xandra)).toBe(true);
    },
    slow,
  );

  it.each([16, 300])(
    'move to a new key ("ik ben mijn telefoon kwijt"), %i forks: the day stays',
    async (count) => {
      const { carla, xandra, mark, payment } = await forkedPayment(count);
      const fresh = newIdentity();
      ok(
        await carla.session.devices.move(
          mark.me,
          { device: fresh.signing.publicKey, boxKey: fresh.box.publicKey },
          'Telefoon kwijt',
        ),
      );
      const state = carla.session.memberState;
      expect(state?.devices.get(mark.me)?.removed).toBe(true);
      expect(state?.devices.get(mark.me)?.windows.at(-1)?.end?.size).toBe(count + 1);
      expect(state?.transfers.has(payment.id)).toBe(true);
      expect(xandraHas(carla.session, xandra)).toBe(true);
    },
    slow,
  );

  it.each([16, 300])(
    'suspend and reinstate, %i forks: the day stays, and Mark pays again from his real tip',
    async (count) => {
      const { carla, xandra, mark } = await forkedPayment(count);
      ok(await carla.session.coordinator.suspend(mark.me, 'Even pauze'));
      ok(await carla.session.coordinator.reinstate(mark.me));
      expect(carla.session.memberState?.members.get(mark.me)?.status).toBe('admitted');
      const [suspended, reinstated] = carla.session.memberState?.devices.get(mark.me)?.windows ?? [];
      expect([suspended?.end?.size, reinstated?.start?.size]).toEqual([count + 1, count + 1]);
      expect(xandraHas(carla.session, xandra)).toBe(true);
      await until(mark, () => mark.memberState?.members.get(mark.me)?.status === 'admitted');
      const again = ok(await mark.write('transfer', pay(xandra, 60)));
      await until(carla.session, () => carla.session.memberState?.transfers.has(again.id) === true);
      expect(xandraHas(carla.session, xandra, day + 60)).toBe(true);
    },
    slow,
  );

  it.each([16, 300])(
    'a card replaced, %i forks of the card: the day the card paid stays',
    async (count) => {
      const carla = await hood.found('Carla');
      const xandra = await hood.admitted(carla.session, carla.invite, 'Xandra');
      const kioskDevice = hood.device('Kiosk');
      const kioskIdentity = await kioskDevice.device.ownIdentity();
      const granted = ok(
        await carla.session.kiosk.enrol(
          { signing: kioskIdentity.signing.publicKey, box: kioskIdentity.box.publicKey },
          'Kiosk buurthuis',
        ),
      );
      const kiosk = await kioskDevice.open(await becomeKiosk(kioskDevice.device, granted.grant));
      await until(kiosk, () => kiosk.phase === 'member');
      const card = ok(
        await carla.session.cards.enrol({ name: 'Gerrit', area: 'Oosterpark', consent: 'Goed zo.', pin: '4821' }),
      ).card;
      await until(kiosk, () => (kiosk.memberState?.cards.get(card.member)?.length ?? 0) > 0);
      await until(kiosk, () => kiosk.memberState?.members.has(xandra.me) === true);
      const db = new KioskDatabase(`kiosk-${crypto.randomUUID()}`);
      kioskDatabases.push(db);
      const login = new CardLogin(kiosk, db, Date.now);
      const found = await login.find(card.code);
      if (!found.ok) throw new Error(found.problem);
      const gerrit = await login.login(found, '4821');
      if (!gerrit.ok) throw new Error(gerrit.problem);
      const early = ok(await gerrit.session.post(postFields({ title: 'Vroeg' })));
      ok(await gerrit.session.post(postFields({ title: 'Nog een vraag' })));
      const payment = ok(await gerrit.session.payFromSlip(xandra.me, day, 'Tuin gedaan'));
      const forks = forksAfter(kiosk, gerrit.session.identity, early.entry, count);
      gerrit.session.logout();
      await deliver(kiosk, forks);
      await until(carla.session, () => holds(carla.session, [payment.entry, ...forks]));
      carla.session.close();
      const coordinator = await hood.reopen(carla.session);
      await until(coordinator, () => holds(coordinator, [payment.entry, ...forks]));

      const replaced = await coordinator.cards.replace(card.member, '9090', 'Kaart kwijt');
      if (!replaced.ok) throw new Error(replaced.problem);
      const state = coordinator.memberState;
      expect(state?.devices.get(card.member)?.removed).toBe(true);
      expect(state?.devices.get(card.member)?.windows.at(-1)?.end?.size).toBe(count + 1);
      expect(state?.transfers.has(payment.id)).toBe(true);
      expect(xandraHas(coordinator, xandra)).toBe(true);
    },
    slow,
  );

  it(
    'three devices, each forked: no device is left with an empty end that voids what it wrote',
    async () => {
      const carla = await hood.found('Carla');
      const xandra = await hood.admitted(carla.session, carla.invite, 'Xandra');
      const mark = await hood.admitted(carla.session, carla.invite, 'Mark');
      const others = [newIdentity(), newIdentity()];
      for (const device of others) {
        ok(
          await mark.write('device-add', { device: device.signing.publicKey, boxKey: device.box.publicKey, label: '' }),
        );
      }
      const kept: SignedEntry[] = [];
      const early = ok(await mark.write('post', postFields({ title: 'Van de telefoon' })));
      kept.push(early.entry, ok(await mark.write('transfer', pay(xandra, 100))).entry);
      const delivered = forksAfter(mark, mark.identity, early.entry, 7);
      for (const device of others) {
        const first = signEntry(device, {
          net: mark.net,
          type: 'post',
          seq: 1,
          prev: null,
          time: Date.now(),
          body: postFields({ title: 'Van een ander apparaat' }),
        });
        const paid = signEntry(device, {
          net: mark.net,
          type: 'transfer',
          seq: 2,
          prev: first.id,
          time: Date.now(),
          body: pay(xandra, 100),
        });
        kept.push(first, paid);
        delivered.push(first, paid, ...forksAfter(mark, device, first, 7));
      }
      await deliver(carla.session, delivered);
      await until(carla.session, () => holds(carla.session, delivered) && xandraHas(carla.session, xandra, 300));
      carla.session.close();
      const coordinator = await hood.reopen(carla.session);
      await until(coordinator, () => holds(coordinator, [...kept, ...delivered]));

      ok(await coordinator.coordinator.suspend(mark.me, 'Vals gespeeld'));
      const state = coordinator.memberState;
      expect(state?.members.get(mark.me)?.status).toBe('suspended');
      for (const key of [mark.me, ...others.map((device) => toBase64Url(device.signing.publicKey))]) {
        expect(state?.devices.get(key)?.windows.at(-1)?.end?.size).toBe(8);
      }
      for (const signed of kept) expect(state?.rejected.has(toBase64Url(signed.id))).toBe(false);
      expect(xandraHas(coordinator, xandra, 300)).toBe(true);
    },
    slow,
  );
});
