// A card member answering a part of a group record at the kiosk (together §2): Carla's record
// pays Anna and Gerrit; Gerrit, logged in with card and PIN, sees only his own part waiting,
// says yes through the kiosk (signed by his card, via the kiosk), and the hours agree on
// every device. His no moves nothing; logged out, the card answers nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { CardSession } from '../../../../src/data/kiosk/index.ts';
import { becomeKiosk, CardLogin, KioskDatabase } from '../../../../src/data/kiosk/index.ts';
import type { NetworkSession } from '../../../../src/data/session/index.ts';
import { GroupHoursCommands, myParts, partsToAnswer } from '../../../../src/data/together/index.ts';
import { Neighbourhood, until, untilStored } from '../../../support/Neighbourhood.ts';

let hood = new Neighbourhood();
const kioskDatabases: KioskDatabase[] = [];
afterEach(async () => {
  await hood.close();
  hood = new Neighbourhood();
  for (const db of kioskDatabases.splice(0)) await db.delete();
});

/** A coordinator, a kiosk enrolled by her, a card member Gerrit, and Anna with a phone. */
async function kioskWithCard() {
  const carla = await hood.found('Carla');
  const kioskDevice = hood.device('Kiosk');
  const kioskIdentity = await kioskDevice.device.ownIdentity();
  const granted = await carla.session.kiosk.enrol(
    { signing: kioskIdentity.signing.publicKey, box: kioskIdentity.box.publicKey },
    'Kiosk buurthuis',
  );
  if (!granted.ok) throw new Error(`kiosk: ${granted.problem}`);
  const kiosk = await kioskDevice.open(await becomeKiosk(kioskDevice.device, granted.grant));
  await until(kiosk, () => kiosk.phase === 'member');
  const enrolled = await carla.session.cards.enrol({
    name: 'Gerrit',
    area: 'Oosterpark',
    consent: 'Uitgelegd aan de balie.',
    pin: '4821',
  });
  if (!enrolled.ok) throw new Error(`card: ${enrolled.problem}`);
  const card = enrolled.card;
  await until(kiosk, () => (kiosk.memberState?.cards.get(card.member)?.length ?? 0) > 0);
  const anna = await hood.admitted(carla.session, carla.invite, 'Anna');
  return { carla, kiosk, kioskIdentity, card, anna };
}

async function logIn(session: NetworkSession, code: string, pin: string): Promise<CardSession> {
  const db = new KioskDatabase(`kiosk-${crypto.randomUUID()}`);
  kioskDatabases.push(db);
  const login = new CardLogin(session, db, Date.now);
  const found = await login.find(code);
  if (!found.ok) throw new Error(found.problem);
  const result = await login.login(found, pin);
  if (!result.ok) throw new Error(result.problem);
  return result.session;
}

const balanceOf = (session: NetworkSession, member: string) => session.memberState?.members.get(member)?.balance;

describe('a card member answers a part at the kiosk', () => {
  it('sees only his own part, says yes via the kiosk, and the hours agree everywhere', async () => {
    const { carla, kiosk, kioskIdentity, card, anna } = await kioskWithCard();
    const before = [carla.session.me, anna.me, card.member].map((who) => balanceOf(carla.session, who) ?? 0);
    const recorded = await new GroupHoursCommands(carla.session).record(
      'pay',
      [
        { member: anna.me, minutes: 60 },
        { member: card.member, minutes: 90 },
      ],
      'Stoelen gezet',
      null,
    );
    if (!recorded.ok) throw new Error(recorded.problem);
    await until(kiosk, () => kiosk.memberState?.groupRecords.has(recorded.id) === true);

    const gerrit = await logIn(kiosk, card.code, '4821');
    const waiting = partsToAnswer(gerrit);
    expect(waiting.map((line) => [line.index, line.receiver, line.minutes, line.what])).toEqual([
      [1, card.member, 90, 'Stoelen gezet'],
    ]);

    // His part is not Anna's: answering hers through the kiosk is refused.
    const notHis = await gerrit.groupHours.answer(recorded.id, 0, true);
    expect(notHis.ok).toBe(false);
    const answered = await gerrit.groupHours.answer(recorded.id, 1, true);
    if (!answered.ok) throw new Error(answered.problem);
    // Signed by the card, via the kiosk, as his other acts at the kiosk are.
    expect(toBase64Url(answered.entry.entry.author)).toBe(card.member);
    expect(answered.entry.entry.via && toBase64Url(answered.entry.entry.via)).toBe(
      toBase64Url(kioskIdentity.signing.publicKey),
    );
    expect(partsToAnswer(gerrit)).toEqual([]);
    expect(myParts(gerrit).map((line) => line.status)).toEqual(['moved']);

    for (const session of [carla.session, anna, kiosk]) {
      await untilStored(
        () => session.db.members.get(card.member),
        (row) => row?.balance === (before[2] ?? 0) + 90,
      );
      await untilStored(
        () => session.db.members.get(carla.session.me),
        (row) => row?.balance === (before[0] ?? 0) - 90,
      );
    }
    // Anna's part waits for her own answer.
    expect(balanceOf(carla.session, anna.me)).toBe(before[1]);
    gerrit.logout();
  });

  it('his no at the kiosk: the part does not move, and it no longer waits for him', async () => {
    const { carla, kiosk, card } = await kioskWithCard();
    const before = balanceOf(carla.session, card.member);
    const recorded = await new GroupHoursCommands(carla.session).record(
      'pay',
      [{ member: card.member, minutes: 45 }],
      'Thee gezet',
      null,
    );
    if (!recorded.ok) throw new Error(recorded.problem);
    await until(kiosk, () => kiosk.memberState?.groupRecords.has(recorded.id) === true);
    const gerrit = await logIn(kiosk, card.code, '4821');
    const no = await gerrit.groupHours.answer(recorded.id, 0, false);
    if (!no.ok) throw new Error(no.problem);
    expect(partsToAnswer(gerrit)).toEqual([]);
    expect(myParts(gerrit).map((line) => line.status)).toEqual(['declined']);
    await until(carla.session, () => carla.session.memberState?.partAnswers.size === 1);
    expect(balanceOf(carla.session, card.member)).toBe(before);
    gerrit.logout();
  });

  it('a logged-out card answers nothing', async () => {
    const { carla, kiosk, card } = await kioskWithCard();
    const recorded = await new GroupHoursCommands(carla.session).record(
      'pay',
      [{ member: card.member, minutes: 30 }],
      'Koffie gezet',
      null,
    );
    if (!recorded.ok) throw new Error(recorded.problem);
    await until(kiosk, () => kiosk.memberState?.groupRecords.has(recorded.id) === true);
    const gerrit = await logIn(kiosk, card.code, '4821');
    gerrit.logout();
    expect(partsToAnswer(gerrit)).toEqual([]);
    const late = await gerrit.groupHours.answer(recorded.id, 0, true);
    expect(late.ok).toBe(false);
    expect(kiosk.memberState?.partAnswers.size).toBe(0);
  });
});
