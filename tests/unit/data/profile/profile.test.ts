// A member's profile and limits, "Dit wordt me te veel" reaching the coordinators only,
// and what "Mijn afspraken" and the unread markers read.
import { afterEach, describe, expect, it } from 'vitest';
import { signalsToRead } from '../../../../src/data/coordinator/index.ts';
import { myAppointments, newsByPost } from '../../../../src/data/exchange/index.ts';
import { isUnread, readTimes } from '../../../../src/data/store/index.ts';
import { Neighbourhood, postFields, until, untilStored } from '../../../support/Neighbourhood.ts';

let hood = new Neighbourhood();
afterEach(async () => {
  await hood.close();
  hood = new Neighbourhood();
});

describe('profile, limits and appointments', () => {
  it('a profile edit and a pause reach the others', async () => {
    const carla = await hood.found('Carla');
    const anna = await hood.admitted(carla.session, carla.invite, 'Anna');
    const bram = await hood.admitted(carla.session, carla.invite, 'Bram');
    const saved = await anna.profile.save({
      name: 'Anna',
      area: 'Dorpsstraat',
      offers: ['koken', 'voorlezen'],
      words: 'Ik kook graag voor meer mensen.',
      languages: ['Nederlands', 'Türkçe'],
      paused: true,
      perWeek: 120,
    });
    expect(saved.ok).toBe(true);
    const row = await untilStored(
      () => bram.db.members.get(anna.me),
      (r) => r?.paused === true,
    );
    expect(row).toMatchObject({ offers: ['koken', 'voorlezen'], languages: ['Nederlands', 'Türkçe'], perWeek: 120 });
  }, 60_000);

  it('"Dit wordt me te veel" is read by the coordinator and the member, not by another member', async () => {
    const carla = await hood.found('Carla');
    const anna = await hood.admitted(carla.session, carla.invite, 'Anna');
    const bram = await hood.admitted(carla.session, carla.invite, 'Bram');
    const posted = await bram.write('post', postFields());
    if (!posted.ok) throw new Error(posted.problem);
    await until(anna, () => anna.memberState?.posts.has(posted.id) === true);
    expect((await anna.profile.tooMuch(posted.id, 'Elke week is te vaak voor mij.')).ok).toBe(true);
    await until(carla.session, () => signalsToRead(carla.session).length === 1);
    expect(signalsToRead(carla.session)[0]).toMatchObject({
      from: anna.me,
      post: posted.id,
      text: 'Elke week is te vaak voor mij.',
    });
    expect(signalsToRead(anna).map((s) => s.text)).toEqual(['Elke week is te vaak voor mij.']);
    await until(bram, () => (bram.memberState?.signals.size ?? 0) === 1);
    expect(signalsToRead(bram)).toEqual([]);
  }, 60_000);

  it('appointments say where each exchange stands, and news counts only what others did', async () => {
    const carla = await hood.found('Carla');
    const anna = await hood.admitted(carla.session, carla.invite, 'Anna');
    const bram = await hood.admitted(carla.session, carla.invite, 'Bram');
    const posted = await anna.write('post', postFields({ title: 'Ladder lenen' }));
    if (!posted.ok) throw new Error(posted.problem);
    expect(myAppointments(anna)).toMatchObject([{ other: null, status: 'waiting' }]);
    expect(newsByPost(anna).size).toBe(0);
    await until(bram, () => bram.memberState?.posts.has(posted.id) === true);
    expect((await bram.exchange.respond(posted.id, 'Ik heb er een')).ok).toBe(true);
    await until(anna, () => myAppointments(anna)[0]?.other === bram.me);
    expect(myAppointments(anna)[0]).toMatchObject({ status: 'waiting', yourTurn: true });
    expect(myAppointments(bram)[0]).toMatchObject({ status: 'waiting', yourTurn: false });
    const news = newsByPost(anna).get(posted.id);
    expect(news).toBeGreaterThan(0);
    const times = readTimes([{ key: 'n *', network: 'n', post: '*', time: 0 }]);
    expect(isUnread(times, posted.id, news)).toBe(true);
    const read = readTimes([
      ...[{ key: 'n *', network: 'n', post: '*', time: 0 }],
      { key: 'x', network: 'n', post: posted.id, time: news ?? 0 },
    ]);
    expect(isUnread(read, posted.id, news)).toBe(false);
    expect((await anna.exchange.decide(posted.id, bram.me, true)).ok).toBe(true);
    await until(bram, () => myAppointments(bram)[0]?.status === 'agreed');
    expect(newsByPost(bram).get(posted.id)).toBeGreaterThan(0);
  }, 60_000);
});
