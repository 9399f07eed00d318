// A hostile review of the together rules (docs/protocol-together.md §1, §2, §4): each test
// is an attack or an honest mishap that once cost someone hours or left two devices with
// different balances, and fails on the rules before its fix.
import { describe, expect, it } from 'vitest';
import { type ActivityFields, maxPotMinutes } from '../../../src/core/entry/bodies.ts';
import type { SignedEntry } from '../../../src/core/entry/Entry.ts';
import { type Identity, newIdentity } from '../../../src/core/Identity.ts';
import { Ledger } from '../../../src/core/Ledger.ts';
import { cancellationOf, potWaiting } from '../../../src/core/state/activities.ts';
import type { NetworkState } from '../../../src/core/state/NetworkState.ts';
import { idOf, keyOf, snapshot, TestNetwork } from './TestNetwork.ts';

const hour = 60 * 60 * 1000;

function neighbourhood() {
  const network = new TestNetwork();
  const [olga, anna, bram] = ['Olga', 'Anna', 'Bram'].map((name) => network.member(name)) as [
    Identity,
    Identity,
    Identity,
  ];
  return { network, olga, anna, bram };
}

function activityOf(network: TestNetwork, organiser: Identity, fields: Partial<ActivityFields> = {}) {
  const starts = network.clock + 2 * hour;
  const body: ActivityFields = {
    title: 'Samen koken',
    text: '',
    category: 'bezoek',
    place: 'Buurthuis',
    starts,
    ends: starts + 2 * hour,
    seats: 10,
    worth: 120,
    pay: 'participants',
    ...fields,
  };
  return { activity: network.write(organiser, 'activity', body), body };
}

const balance = (state: NetworkState, who: Identity) => state.members.get(keyOf(who))?.balance;

/** The state when every entry arrives alone, in this order (the in-place path). */
async function oneByOne(network: TestNetwork, entries: readonly SignedEntry[] = network.entries) {
  const ledger = new Ledger(network.netId, { now: () => network.clock + 1000 });
  for (const record of network.records(entries)) await ledger.add([record]);
  return ledger.state;
}

describe('an update that moves the start does not decide whether an attendance counts', () => {
  it('the attendance is judged against the activity’s own start, one by one and all at once alike', async () => {
    const { network, olga, anna } = neighbourhood();
    const { activity, body } = activityOf(network, olga);
    network.clock = body.ends;
    const { worth: _worth, pay: _pay, ...rest } = body;
    // Moved to later after it had begun; the organiser then lists who came all the same.
    const update = network.write(olga, 'activity-update', {
      ...rest,
      activity: activity.id,
      starts: body.ends + 5 * hour,
      ends: body.ends + 6 * hour,
    });
    const list = network.write(olga, 'attendance', { activity: activity.id, present: [anna.signing.publicKey] });
    network.write(anna, 'came', { activity: activity.id });
    const atOnce = await network.state();
    const alone = await oneByOne(network);
    expect(atOnce.applied.has(idOf(update))).toBe(true);
    expect(atOnce.rejected.get(idOf(list))).toBeUndefined();
    expect(alone.rejected.get(idOf(list))).toBeUndefined();
    expect([balance(alone, olga), balance(alone, anna)]).toEqual([240, 0]);
    expect(snapshot(alone)).toEqual(snapshot(atOnce));
  });
});

/** Anna with a phone (her member key) and a laptop; the phone is the one she retires. */
function annaWithLaptop() {
  const parts = neighbourhood();
  const laptop = newIdentity();
  parts.network.addDevice(parts.anna, laptop);
  return { ...parts, laptop };
}

describe("a member's own retirement does not take back what the device paid (protocol.md §4.6)", () => {
  it('a came the retired phone wrote still pays the organiser, whatever cut the retirement names', async () => {
    const { network, olga, anna, laptop } = annaWithLaptop();
    const { activity, body } = activityOf(network, olga);
    network.clock = body.ends;
    network.write(olga, 'attendance', { activity: activity.id, present: [anna.signing.publicKey] });
    const knew = network.frontier();
    const early = network.head(anna);
    const said = network.write(anna, 'came', { activity: activity.id });
    network.write(laptop, 'device-remove', { device: anna.signing.publicKey, cut: early }, { seen: knew });
    const state = await network.state();
    expect(state.rejected.get(idOf(said))).toBeUndefined();
    expect([balance(state, olga), balance(state, anna)]).toEqual([240, 0]);
  });

  it("a payer's yes to a part, written on the retired phone, still moves the part", async () => {
    const { network, anna, bram, laptop } = annaWithLaptop();
    const record = network.write(bram, 'group-hours', {
      parts: [{ payer: anna.signing.publicKey, receiver: bram.signing.publicKey, minutes: 90 }],
      what: 'Kast in elkaar gezet',
      post: null,
    });
    const knew = network.frontier();
    const early = network.head(anna);
    const yes = network.write(anna, 'part-answer', { record: record.id, part: 0, agree: true });
    network.write(laptop, 'device-remove', { device: anna.signing.publicKey, cut: early }, { seen: knew });
    const state = await network.state();
    expect(state.rejected.get(idOf(yes))).toBeUndefined();
    expect([balance(state, anna), balance(state, bram)]).toEqual([30, 210]);
  });

  it('a record the retired phone wrote as payer still moves the parts the receivers agreed to', async () => {
    const { network, anna, bram, laptop } = annaWithLaptop();
    const knew = network.frontier();
    const early = network.head(anna);
    const record = network.write(anna, 'group-hours', {
      parts: [{ payer: anna.signing.publicKey, receiver: bram.signing.publicKey, minutes: 90 }],
      what: 'Kast in elkaar gezet',
      post: null,
    });
    network.write(bram, 'part-answer', { record: record.id, part: 0, agree: true });
    network.write(laptop, 'device-remove', { device: anna.signing.publicKey, cut: early }, { seen: knew });
    const state = await network.state();
    expect(state.rejected.get(idOf(record))).toBeUndefined();
    expect([balance(state, anna), balance(state, bram)]).toEqual([30, 210]);
  });

  it('what the retired phone did not pay with stops at the cut: a sign-up, a no, a record it only receives by', async () => {
    const { network, olga, anna, bram, laptop } = annaWithLaptop();
    const { activity } = activityOf(network, olga);
    const knew = network.frontier();
    const early = network.head(anna);
    const signUp = network.write(anna, 'sign-up', { activity: activity.id });
    const receives = network.write(anna, 'group-hours', {
      parts: [{ payer: bram.signing.publicKey, receiver: anna.signing.publicKey, minutes: 30 }],
      what: '',
      post: null,
    });
    network.write(laptop, 'device-remove', { device: anna.signing.publicKey, cut: early }, { seen: knew });
    const state = await network.state();
    expect(state.rejected.get(idOf(signUp))?.reason).toBe('suspended');
    expect(state.rejected.get(idOf(receives))?.reason).toBe('suspended');
  });
});

describe('the pot pays one activity at most what one pot entry may move (protocol.md §5)', () => {
  it('thirty friends who say they came to an approved pot activity cost the pot at most 100 hours', async () => {
    const { network, olga } = neighbourhood();
    const friends = Array.from({ length: 30 }, (_, n) => network.member(`Vriend ${n}`));
    const { activity, body } = activityOf(network, olga, { pay: 'pot', worth: 240, seats: 0 });
    const approve = network.write(network.founder, 'activity-approve', { activity: activity.id });
    network.clock = body.ends;
    network.write(olga, 'attendance', { activity: activity.id, present: friends.map((f) => f.signing.publicKey) });
    for (const friend of friends) network.write(friend, 'came', { activity: activity.id });
    const before = await network.state(network.entries.filter((e) => e !== approve));
    const state = await network.state();
    expect(balance(state, olga)).toBe(120 + maxPotMinutes);
    expect(before.pot - state.pot).toBe(maxPotMinutes);
    // In the order of the organiser's list: 25 full shares; nobody after them.
    const paid = [...(state.activities.get(idOf(activity))?.payments.values() ?? [])].map((p) => p.pot);
    expect(paid.filter((pot) => pot === 240)).toHaveLength(25);
    expect(paid.reduce((a, b) => a + b, 0)).toBe(maxPotMinutes);
    expect(snapshot(await oneByOne(network))).toEqual(snapshot(state));
  });

  it('what waits for an approval is capped the same way', async () => {
    const { network, olga } = neighbourhood();
    const friends = Array.from({ length: 30 }, (_, n) => network.member(`Vriend ${n}`));
    const { activity, body } = activityOf(network, olga, { pay: 'pot', worth: 240, seats: 0 });
    network.clock = body.ends;
    network.write(olga, 'attendance', { activity: activity.id, present: friends.map((f) => f.signing.publicKey) });
    for (const friend of friends) network.write(friend, 'came', { activity: activity.id });
    const state = await network.state();
    const named = state.activities.get(idOf(activity));
    expect(named && potWaiting(state, named)).toBe(maxPotMinutes);
    expect(balance(state, olga)).toBe(120);
  });
});

/** Kees, a card member: enrolled without a device, with a card share. */
function cardMember(network: TestNetwork): Identity {
  const kees = newIdentity();
  network.write(network.founder, 'enroll', {
    member: kees.signing.publicKey,
    boxKey: kees.box.publicKey,
    name: 'Kees',
    area: 'Oost',
    welcome: 60,
    opening: 0,
    consent: 'Uitgelegd.',
    epoch: 0,
    secret: null,
  });
  network.write(network.founder, 'card', {
    member: kees.signing.publicKey,
    share: { eph: new Uint8Array(32).fill(9), keys: [], box: new Uint8Array(16) },
  });
  return kees;
}

describe("a coordinator's acts for others are judged when she did them: her removal does not undo them", () => {
  /** Fatima, a coordinator besides the founder; Kees, a card member; Olga's activity (worth an hour), over. */
  function fatimaAndKees(fields: Partial<ActivityFields> = {}) {
    const parts = neighbourhood();
    const { network, olga } = parts;
    const fatima = network.member('Fatima');
    network.grant(fatima);
    const kees = cardMember(network);
    const { activity, body } = activityOf(network, olga, { worth: 60, ...fields });
    network.clock = body.ends;
    return { ...parts, fatima, kees, activity };
  }

  it("Fatima's came-for a card member still pays Olga after Fatima's role ends", async () => {
    const { network, olga, fatima, kees, activity } = fatimaAndKees();
    network.write(olga, 'attendance', { activity: activity.id, present: [kees.signing.publicKey] });
    const forKees = network.write(fatima, 'came-for', { activity: activity.id, member: kees.signing.publicKey });
    const before = await network.state();
    expect([balance(before, olga), balance(before, kees)]).toEqual([180, 0]);
    // Fatima steps down (the founder takes the role back, having seen her act).
    network.write(network.founder, 'revoke-role', { member: fatima.signing.publicKey, role: 'coordinator' });
    const after = await network.state();
    expect(after.applied.has(idOf(forKees))).toBe(true);
    expect([balance(after, olga), balance(after, kees)]).toEqual([180, 0]);
    expect(snapshot(await oneByOne(network))).toEqual(snapshot(after));
  });

  it('so does it after Fatima is suspended, and after the card member is', async () => {
    const { network, olga, fatima, kees, activity } = fatimaAndKees();
    network.write(fatima, 'came-for', { activity: activity.id, member: kees.signing.publicKey });
    network.suspend(fatima);
    network.suspend(kees);
    network.write(olga, 'attendance', { activity: activity.id, present: [kees.signing.publicKey] });
    const state = await network.state();
    expect([balance(state, olga), balance(state, kees)]).toEqual([180, 0]);
  });

  it('an activity Fatima called off stays off after her role ends: it never pays again', async () => {
    const { network, olga, anna, fatima, activity } = fatimaAndKees();
    network.write(olga, 'attendance', { activity: activity.id, present: [anna.signing.publicKey] });
    network.write(anna, 'came', { activity: activity.id });
    const off = network.write(fatima, 'activity-call-off', { activity: activity.id, reason: 'Buurthuis dicht' });
    network.write(network.founder, 'revoke-role', { member: fatima.signing.publicKey, role: 'coordinator' });
    const state = await network.state();
    expect(state.applied.has(idOf(off))).toBe(true);
    const named = state.activities.get(idOf(activity));
    expect(named && cancellationOf(state, named)?.reason).toBe('Buurthuis dicht');
    expect([balance(state, olga), balance(state, anna)]).toEqual([120, 120]);
    expect(snapshot(await oneByOne(network))).toEqual(snapshot(state));
  });

  it('a came-for or call-off written concurrently with her removal, or after it, never counts', async () => {
    const { network, olga, anna, fatima, kees, activity } = fatimaAndKees();
    network.write(olga, 'attendance', {
      activity: activity.id,
      present: [kees.signing.publicKey, anna.signing.publicKey],
    });
    network.write(anna, 'came', { activity: activity.id });
    const knew = network.frontier();
    network.write(network.founder, 'revoke-role', { member: fatima.signing.publicKey, role: 'coordinator' });
    // Fatima had not seen it (her view is from before): concurrent with the removal.
    const concurrent = { seen: knew };
    const forKees = network.write(
      fatima,
      'came-for',
      { activity: activity.id, member: kees.signing.publicKey },
      concurrent,
    );
    const off = network.write(fatima, 'activity-call-off', { activity: activity.id, reason: '' }, concurrent);
    const approve = network.write(fatima, 'activity-approve', { activity: activity.id }, concurrent);
    // And having seen it: after the removal.
    const forKeesAfter = network.write(fatima, 'came-for', { activity: activity.id, member: kees.signing.publicKey });
    const offAfter = network.write(fatima, 'activity-call-off', { activity: activity.id, reason: '' });
    const state = await network.state();
    for (const act of [forKees, off, approve, forKeesAfter, offAfter])
      expect(state.rejected.get(idOf(act))).toBeDefined();
    expect(state.rejected.get(idOf(forKeesAfter))?.reason).toBe('not-coordinator');
    expect(state.rejected.get(idOf(offAfter))?.reason).toBe('not-coordinator');
    expect([balance(state, olga), balance(state, anna), balance(state, kees)]).toEqual([180, 60, 60]);
    expect(snapshot(await oneByOne(network))).toEqual(snapshot(state));
  });

  it("a coordinator's ordinary came or cancel for someone else's activity counts for nothing, role or not", async () => {
    const { network, olga, anna, fatima, activity } = fatimaAndKees();
    network.write(olga, 'attendance', { activity: activity.id, present: [anna.signing.publicKey] });
    network.write(anna, 'came', { activity: activity.id });
    const cancel = network.write(fatima, 'activity-cancel', { activity: activity.id, reason: '' });
    const state = await network.state();
    expect(state.rejected.get(idOf(cancel))?.reason).toBe('not-author');
    expect([balance(state, olga), balance(state, anna)]).toEqual([180, 60]);
  });
});

describe('what held', () => {
  it('a kiosk cannot say came for a card member, nor a member for another', async () => {
    const { network, olga, anna } = neighbourhood();
    const kiosk = network.member('Kiosk');
    network.grant(kiosk, 'kiosk');
    const kees = cardMember(network);
    const { activity, body } = activityOf(network, olga);
    network.clock = body.ends;
    network.write(olga, 'attendance', {
      activity: activity.id,
      present: [kees.signing.publicKey, anna.signing.publicKey],
    });
    const byKiosk = network.write(kiosk, 'came-for', { activity: activity.id, member: kees.signing.publicKey });
    const byAnna = network.write(anna, 'came-for', { activity: activity.id, member: kees.signing.publicKey });
    const state = await network.state();
    expect(state.rejected.get(idOf(byKiosk))?.reason).toBe('not-coordinator');
    expect(state.rejected.get(idOf(byAnna))?.reason).toBe('not-coordinator');
    expect(balance(state, olga)).toBe(120);
  });

  it('a participant suspended after saying it came still pays: a suspension cuts only what follows it', async () => {
    const { network, olga, anna } = neighbourhood();
    const { activity, body } = activityOf(network, olga);
    network.clock = body.ends;
    network.write(anna, 'came', { activity: activity.id });
    network.suspend(anna);
    const late = network.write(anna, 'sign-up', { activity: activity.id });
    network.write(olga, 'attendance', { activity: activity.id, present: [anna.signing.publicKey] });
    const state = await network.state();
    expect(state.rejected.get(idOf(late))?.reason).toBe('suspended');
    expect([balance(state, olga), balance(state, anna)]).toEqual([240, 0]);
    const sum = [...state.members.values()].reduce((total, m) => total + m.balance, state.pot);
    expect(sum).toBe(0);
  });
});
