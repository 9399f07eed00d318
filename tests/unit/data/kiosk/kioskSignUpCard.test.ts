// After a kiosk sign-up is admitted, the member has no device: nobody holds the join's key.
// The coordinator gives them a card (a move-member to the card's key, as replacing a lost
// card), and their name and street from the join's sealed details become their profile,
// signed by the card via the coordinator's laptop. At the kiosk the card and PIN open it.
import { afterEach, describe, expect, it } from 'vitest';
import { memberLines, waitingRequests } from '../../../../src/data/coordinator/index.ts';
import { lobbyNetwork } from '../../../../src/data/joining/index.ts';
import { becomeKiosk, CardLogin, KioskDatabase } from '../../../../src/data/kiosk/index.ts';
import { detailsOf, Neighbourhood, postFields, until } from '../../../support/Neighbourhood.ts';

let hood = new Neighbourhood();
const kioskDatabases: KioskDatabase[] = [];
afterEach(async () => {
  await hood.close();
  hood = new Neighbourhood();
  for (const db of kioskDatabases.splice(0)) await db.delete();
});

/** Carla, a kiosk, and Pim signed up at the kiosk and admitted by Carla. */
async function admittedAtKiosk() {
  const carla = await hood.found('Carla');
  const kioskDevice = hood.device('Kiosk');
  const keys = await kioskDevice.device.ownIdentity();
  const granted = await carla.session.kiosk.enrol(
    { signing: keys.signing.publicKey, box: keys.box.publicKey },
    'Kiosk',
  );
  if (!granted.ok) throw new Error(granted.problem);
  const kiosk = await kioskDevice.open(await becomeKiosk(kioskDevice.device, granted.grant));
  await until(kiosk, () => kiosk.phase === 'member' && lobbyNetwork(kiosk) !== null);
  const signedUp = await kiosk.admission.signUpHere({ ...detailsOf('Pim'), area: 'Dorpsweg', contact: '06 1234' });
  if (!signedUp.ok) throw new Error(signedUp.problem);
  await until(carla.session, () => waitingRequests(carla.session)[0]?.met === 'kiosk');
  const join = waitingRequests(carla.session)[0]?.join;
  if (!join) throw new Error('no join');
  const admitted = await carla.session.admission.admit(join.id);
  if (!admitted.ok) throw new Error(admitted.problem);
  const pim = join.member;
  await until(kiosk, () => kiosk.memberState?.members.get(pim)?.status === 'admitted');
  return { carla, kiosk, pim };
}

describe('a card for a member signed up at the kiosk', { timeout: 60_000 }, () => {
  it('the coordinator makes the card; the name and street come from the join; the card logs in at the kiosk', async () => {
    const { carla, kiosk, pim } = await admittedAtKiosk();
    // Before: the name only in the join's details, which Carla's laptop opens; offered a card.
    expect(memberLines(carla.session).find((line) => line.key === pim)).toMatchObject({
      name: 'Pim',
      withoutDevice: true,
    });
    expect(kiosk.memberState?.members.get(pim)?.profile).toBeNull();

    const made = await carla.session.cards.giveCard(pim, '4821', 'Ledenpas na aanmelding bij de kiosk');
    if (!made.ok) throw new Error(made.problem);
    expect(made.card).toMatchObject({ member: pim, name: 'Pim' });

    const profile = carla.session.memberState?.members.get(pim)?.profile;
    expect(profile).toMatchObject({ name: 'Pim', area: 'Dorpsweg', offers: ['boodschappen'] });
    // What was meant for the coordinator only stays out of the profile.
    expect(JSON.stringify(profile)).not.toContain('06 1234');
    expect(memberLines(carla.session).find((line) => line.key === pim)).toMatchObject({
      name: 'Pim',
      withoutDevice: false,
    });

    await until(kiosk, () => kiosk.memberState?.members.get(pim)?.profile?.name === 'Pim');
    await until(kiosk, () => (kiosk.memberState?.cards.get(pim)?.length ?? 0) > 0);
    const db = new KioskDatabase(`kiosk-${crypto.randomUUID()}`);
    kioskDatabases.push(db);
    const login = new CardLogin(kiosk, db);
    const found = await login.find(made.card.code);
    if (!found.ok) throw new Error(found.problem);
    const opened = await login.login(found, '4821');
    if (!opened.ok) throw new Error(opened.problem);
    expect(opened.session.me).toBe(pim);
    // The profile was signed by the card, via Carla's laptop.
    const state = kiosk.memberState;
    const cardKey = state?.members.get(pim)?.devices.at(-1) ?? '';
    expect(cardKey).not.toBe(pim);
    const profileEntry = [...(state?.chain.entries() ?? [])].find(([, node]) => node.author === cardKey);
    expect(profileEntry).toBeDefined();
    const posted = await opened.session.post(postFields({ title: 'Wie helpt met mijn tuin?' }));
    expect(posted).toMatchObject({ ok: true });
    opened.session.logout();
  });

  it('is refused for a member with a phone, a card member, and a second time', async () => {
    const { carla, pim } = await admittedAtKiosk();
    const bram = await hood.admitted(carla.session, carla.invite, 'Bram');
    expect(await carla.session.cards.giveCard(bram.me, '4821', 'x')).toEqual({ ok: false, problem: 'not-needed' });
    const gerrit = await carla.session.cards.enrol({ name: 'Gerrit', area: '', consent: 'ja', pin: '1234' });
    if (!gerrit.ok) throw new Error(gerrit.problem);
    expect(await carla.session.cards.giveCard(gerrit.card.member, '4821', 'x')).toEqual({
      ok: false,
      problem: 'not-needed',
    });
    expect(await carla.session.cards.giveCard(pim, '12', 'x')).toMatchObject({ ok: false, problem: 'field' });
    expect((await carla.session.cards.giveCard(pim, '4821', 'x')).ok).toBe(true);
    expect(await carla.session.cards.giveCard(pim, '4821', 'x')).toEqual({ ok: false, problem: 'not-needed' });
    expect(carla.session.memberState?.cards.get(pim)).toHaveLength(1);
  });
});
