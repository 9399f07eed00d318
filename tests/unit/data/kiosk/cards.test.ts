// Member cards at the kiosk with in-memory rooms: a coordinator enrols a kiosk and a card
// member; the card logs in at the kiosk with its code and PIN, posts, agrees and pays an
// hour to a neighbour with a phone; every device sees the same balances. Wrong PINs are
// limited; a replaced card opens nothing; a logged-out card signs nothing.
import { afterEach, describe, expect, it } from 'vitest';
import {
  cardIdentity,
  cardShareFromCode,
  newCard,
  readCardShareRecord,
  unlockKioskShare,
} from '../../../../src/core/cardKeys.ts';
import { idFromText, toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { triesBeforeCoordinator, triesBeforeWait, waitMs } from '../../../../src/core/pinAttempts.ts';
import { openCardShare } from '../../../../src/core/sealing.ts';
import { postById, respondersTo } from '../../../../src/data/exchange/index.ts';
import type { CardSession } from '../../../../src/data/kiosk/index.ts';
import { becomeKiosk, CardLogin, KioskDatabase } from '../../../../src/data/kiosk/index.ts';
import type { NetworkSession } from '../../../../src/data/session/index.ts';
import { Neighbourhood, postFields, until, untilStored } from '../../../support/Neighbourhood.ts';

let hood = new Neighbourhood();
const kioskDatabases: KioskDatabase[] = [];
afterEach(async () => {
  await hood.close();
  hood = new Neighbourhood();
  for (const db of kioskDatabases.splice(0)) await db.delete();
});

const consent = 'Je gegevens blijven in de buurt. Je mag altijd stoppen.';

/** A coordinator, a kiosk enrolled by her, and a card member; the kiosk knows the card. */
async function kioskWithCard(pin = '4821') {
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
  const enrolled = await carla.session.cards.enrol({ name: 'Gerrit', area: 'Oosterpark', consent, pin });
  if (!enrolled.ok) throw new Error(`card: ${enrolled.problem}`);
  const card = enrolled.card;
  await until(kiosk, () => (kiosk.memberState?.cards.get(card.member)?.length ?? 0) > 0);
  return { carla, kiosk, kioskIdentity, card };
}

function loginAt(session: NetworkSession, now: () => number = Date.now, db = kioskDatabase()): CardLogin {
  return new CardLogin(session, db, now);
}

function kioskDatabase(): KioskDatabase {
  const db = new KioskDatabase(`kiosk-${crypto.randomUUID()}`);
  kioskDatabases.push(db);
  return db;
}

async function logIn(login: CardLogin, code: string, pin: string): Promise<CardSession> {
  const found = await login.find(code);
  if (!found.ok) throw new Error(found.problem);
  const result = await login.login(found, pin);
  if (!result.ok) throw new Error(result.problem);
  return result.session;
}

describe('member cards at the kiosk', () => {
  it('enrols a kiosk and a card member; the card posts, agrees and pays an hour; balances agree everywhere', async () => {
    const { carla, kiosk, kioskIdentity, card } = await kioskWithCard();
    const state = kiosk.memberState;
    expect(state?.members.get(kiosk.me)?.roles.has('kiosk')).toBe(true);
    // The consent that was read out is part of the record.
    expect(state?.members.get(card.member)?.enrolled).toMatchObject({ name: 'Gerrit', consent });
    // The kiosk holds the lobby too.
    expect(kiosk.lobbyView?.genesis?.name).toBe('Buurtruil Oosterpark');

    const gerrit = await logIn(loginAt(kiosk), card.code, '4821');
    const posted = await gerrit.post(postFields({ title: 'Wie helpt met mijn tuin?' }));
    if (!posted.ok) throw new Error(posted.problem);
    // Signed by the card, via the kiosk.
    expect(toBase64Url(posted.entry.entry.author)).toBe(card.member);
    expect(posted.entry.entry.via && toBase64Url(posted.entry.entry.via)).toBe(
      toBase64Url(kioskIdentity.signing.publicKey),
    );

    const anna = await hood.admitted(carla.session, carla.invite, 'Anna');
    await until(anna, () => postById(anna, posted.id) !== null);
    expect(postById(anna, posted.id)?.via).toBe(kiosk.me);
    expect((await anna.exchange.respond(posted.id, 'Ik kom zaterdag.')).ok).toBe(true);
    await until(kiosk, () => respondersTo(gerrit, posted.id).includes(anna.me));
    expect((await gerrit.exchange.decide(posted.id, anna.me, true)).ok).toBe(true);
    await until(anna, () => anna.memberState?.matchDecisions.size === 2);
    const proposed = await anna.exchange.proposeHours(posted.id, card.member, 60, 'Tuin gedaan');
    if (!proposed.ok) throw new Error(proposed.problem);
    await until(kiosk, () => kiosk.memberState?.proposals.has(proposed.id) === true);
    expect((await gerrit.exchange.confirmHours(proposed.id, 'Dank je!')).ok).toBe(true);

    for (const session of [carla.session, anna, kiosk]) {
      await untilStored(
        () => session.db.members.get(card.member),
        (row) => row?.balance === -60,
      );
      await untilStored(
        () => session.db.members.get(anna.me),
        (row) => row?.balance === 60,
      );
    }
    gerrit.logout();
  });

  it('a logged-out card signs nothing, and its keys are overwritten', async () => {
    const { kiosk, card } = await kioskWithCard();
    const gerrit = await logIn(loginAt(kiosk), card.code, '4821');
    const secret = gerrit.identity.signing.secretKey;
    gerrit.logout();
    expect(secret.every((byte) => byte === 0)).toBe(true);
    expect(await gerrit.post(postFields())).toEqual({ ok: false, problem: 'session-closed' });
    expect(gerrit.memberState).toBeNull();
  });

  it('wrong PINs: three, then a quarter of an hour; six, then only the coordinator helps', async () => {
    const { kiosk, card } = await kioskWithCard();
    let now = Date.now();
    const login = loginAt(kiosk, () => now);
    const found = await login.find(card.code);
    if (!found.ok) throw new Error(found.problem);
    expect(found.verdict).toEqual({ kind: 'may-try', triesLeft: 3 });
    for (let i = 1; i < triesBeforeWait; i++) {
      expect(await login.login(found, '0000')).toMatchObject({
        problem: 'wrong-pin',
        verdict: { kind: 'may-try', triesLeft: 3 - i },
      });
    }
    expect(await login.login(found, '0000')).toMatchObject({ problem: 'wrong-pin', verdict: { kind: 'wait' } });
    // Even the right PIN waits now.
    expect(await login.login(found, '4821')).toMatchObject({ problem: 'wait' });
    now += waitMs + 1;
    for (let i = 0; i < triesBeforeWait; i++) await login.login(found, '1111');
    expect(await login.login(found, '4821')).toMatchObject({ problem: 'ask-coordinator' });
    expect((await login.find(card.code)).ok && (await login.find(card.code))).toMatchObject({
      verdict: { kind: 'ask-coordinator' },
    });
  });

  it('wrong PINs tried at once: each is counted, and no more than the limit are tried', async () => {
    const { kiosk, card } = await kioskWithCard();
    let now = Date.now();
    const db = kioskDatabase();
    const login = loginAt(kiosk, () => now, db);
    const found = await login.find(card.code);
    if (!found.ok) throw new Error(found.problem);
    const wrongCount = async () => (await db.pinAttempts.get(found.card.shareKey))?.wrong ?? 0;
    // Two at once count two.
    const two = await Promise.all([login.login(found, '0000'), login.login(found, '0001')]);
    expect(two.map((r) => !r.ok && r.problem)).toEqual(['wrong-pin', 'wrong-pin']);
    expect(await wrongCount()).toBe(2);
    // Ten at once: only the one left before the wait is tried, the rest wait.
    const ten = await Promise.all(Array.from({ length: 10 }, (_, i) => login.login(found, `10${i}0`)));
    expect(ten.filter((r) => !r.ok && r.problem === 'wrong-pin')).toHaveLength(1);
    expect(ten.filter((r) => !r.ok && r.problem === 'wait')).toHaveLength(9);
    expect(await wrongCount()).toBe(triesBeforeWait);
    // After the wait, ten more at once: three are tried, and then only a coordinator helps,
    // even with the right PIN.
    now += waitMs + 1;
    const more = await Promise.all(Array.from({ length: 10 }, (_, i) => login.login(found, `20${i}0`)));
    expect(more.filter((r) => !r.ok && r.problem === 'wrong-pin')).toHaveLength(triesBeforeWait);
    expect(await wrongCount()).toBe(triesBeforeCoordinator);
    expect(await login.login(found, '4821')).toMatchObject({ problem: 'ask-coordinator' });
  });

  it('a code that is damaged or of no card here is said so', async () => {
    const { kiosk } = await kioskWithCard();
    const login = loginAt(kiosk);
    expect(await login.find('ABCD')).toEqual({ ok: false, problem: 'bad-code' });
    expect(await login.find('0000-0000-0000-0000-0000-0000-00')).toEqual({ ok: false, problem: 'unknown-card' });
  });

  it('a lost card is replaced: the old one opens nothing, the new one keeps the hours', async () => {
    const { carla, kiosk, card } = await kioskWithCard();
    const login = loginAt(kiosk);
    const gerrit = await logIn(login, card.code, '4821');
    const posted = await gerrit.post(postFields({ title: 'Boodschappen' }));
    expect(posted.ok).toBe(true);
    gerrit.logout();
    await until(carla.session, () => carla.session.memberState?.posts.size === 1);
    const granted = await carla.session.memberState?.members.get(card.member);
    expect(granted).toBeDefined();
    const replaced = await carla.session.cards.replace(card.member, '9090', 'Kaart kwijt');
    if (!replaced.ok) throw new Error(replaced.problem);
    await until(kiosk, () => (kiosk.memberState?.cards.get(card.member)?.length ?? 0) >= 2);
    const old = await login.find(card.code);
    if (!old.ok) throw new Error(old.problem);
    expect(await login.login(old, '4821')).toMatchObject({ ok: false, problem: 'card-replaced' });
    const again = await logIn(login, replaced.card.code, '9090');
    // The same member: the post and the hours are still theirs.
    expect(again.me).toBe(card.member);
    expect(postById(again, posted.ok ? posted.id : '')?.author).toBe(card.member);
    const closed = await again.closePost(posted.ok ? posted.id : '', 'done');
    expect(closed.ok).toBe(true);
    again.logout();
  });

  it('a stolen card without the kiosk signs nothing: no device but a kiosk or coordinator opens its share', async () => {
    const { carla, card } = await kioskWithCard();
    const anna = await hood.admitted(carla.session, carla.invite, 'Anna');
    await until(anna, () => (anna.memberState?.cards.get(card.member)?.length ?? 0) > 0);
    // The thief is a member with a device of her own, and has the card and its PIN.
    expect(await loginAt(anna).find(card.code)).toEqual({ ok: false, problem: 'unknown-card' });
    // Guessing the kiosk share is guessing 32 random bytes: any guess gives a key that is nobody.
    const cardShare = cardShareFromCode(card.code);
    if (!cardShare) throw new Error('code');
    const guessed = cardIdentity(cardShare, newCard().kioskShare);
    expect(await anna.write('post', postFields(), { as: guessed })).toEqual({
      ok: false,
      problem: 'rule',
      rule: 'not-member',
    });
  });

  it("the kiosk's storage without the card signs nothing for a card member, even with the PIN", async () => {
    const { kiosk, kioskIdentity, card } = await kioskWithCard();
    // All the kiosk keeps: its own keys, and the ledger with the sealed share.
    const sealed = kiosk.memberState?.cards.get(card.member)?.at(-1);
    if (!sealed) throw new Error('no share');
    const opened = openCardShare(sealed, kioskIdentity, kiosk.net, idFromText(card.member));
    const locked = opened && readCardShareRecord(opened)?.locked;
    if (!locked) throw new Error('kiosk cannot open its share');
    const kioskShare = await unlockKioskShare(locked, '4821');
    if (!kioskShare) throw new Error('pin');
    // Without the card's 16 bytes, the key is somebody else's.
    const guessed = cardIdentity(newCard().cardShare, kioskShare);
    expect(toBase64Url(guessed.signing.publicKey)).not.toBe(card.member);
    expect(await kiosk.write('post', postFields(), { as: guessed })).toEqual({
      ok: false,
      problem: 'rule',
      rule: 'not-member',
    });
    // What the kiosk signs with its own key is the kiosk's, never the card member's.
    const own = await kiosk.write('post', postFields());
    if (!own.ok) throw new Error(own.problem);
    expect(kiosk.memberState?.posts.get(own.id)?.author).toBe(kiosk.me);
  });
});
