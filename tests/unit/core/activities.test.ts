// Activities and the agenda (docs/protocol-together.md §1): who may write what, and that
// every payment is keyed by (activity, participant) — no repeated, reordered or rewritten
// entry pays twice, nobody pays without their own `came`, and the pot pays only after a
// coordinator's approval.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActivityFields, ActivityPay } from '../../../src/core/entry/bodies.ts';
import { checkBody } from '../../../src/core/entry/checkBody.ts';
import type { SignedEntry } from '../../../src/core/entry/Entry.ts';
import { type Identity, newIdentity } from '../../../src/core/Identity.ts';
import { Ledger } from '../../../src/core/Ledger.ts';
import { cancellationOf } from '../../../src/core/state/activities.ts';
import { scramble } from './scenarios.ts';
import { idOf, keyOf, snapshot, TestNetwork } from './TestNetwork.ts';

const hour = 60 * 60 * 1000;

function plan(network: TestNetwork, fields: Partial<ActivityFields> = {}): ActivityFields {
  const starts = network.clock + 2 * hour;
  return {
    title: 'Samen koken in het buurthuis',
    text: 'We koken met wat er is.',
    category: 'bezoek',
    place: 'Buurthuis De Pelikaan',
    starts,
    ends: starts + 2 * hour,
    seats: 10,
    worth: 120,
    pay: 'participants',
    ...fields,
  };
}

/** A network with an organiser and three members, each with 120 welcome minutes. */
function neighbourhood() {
  const network = new TestNetwork();
  const [olga, anna, bram, cor] = ['Olga', 'Anna', 'Bram', 'Cor'].map((name) => network.member(name)) as [
    Identity,
    Identity,
    Identity,
    Identity,
  ];
  return { network, olga, anna, bram, cor };
}

function post(network: TestNetwork, organiser: Identity, fields: Partial<ActivityFields> = {}) {
  const activity = network.write(organiser, 'activity', plan(network, fields));
  const body = activity.entry.body as ActivityFields;
  return { activity, body };
}

/** Moves the test clock past the activity's start. */
function pastTheEnd(network: TestNetwork, body: ActivityFields): void {
  network.clock = Math.max(network.clock, body.ends);
}

function list(network: TestNetwork, organiser: Identity, activity: SignedEntry, present: Identity[]): SignedEntry {
  return network.write(organiser, 'attendance', {
    activity: activity.id,
    present: present.map((member) => member.signing.publicKey),
  });
}

function came(network: TestNetwork, author: Identity, activity: SignedEntry): SignedEntry {
  return network.write(author, 'came', { activity: activity.id });
}

/** A coordinator's "was er" for a (card) member. */
function cameFor(network: TestNetwork, coordinator: Identity, activity: SignedEntry, member: Identity): SignedEntry {
  return network.write(coordinator, 'came-for', { activity: activity.id, member: member.signing.publicKey });
}

async function balances(network: TestNetwork, members: Identity[], entries?: SignedEntry[]) {
  const state = await network.state(entries);
  return { state, of: members.map((member) => state.members.get(keyOf(member))?.balance), pot: state.pot };
}

describe('an activity pays its organiser', () => {
  it('each participant who came and was listed pays worth, once', async () => {
    const { network, olga, anna, bram, cor } = neighbourhood();
    const { activity, body } = post(network, olga);
    for (const member of [anna, bram, cor]) network.write(member, 'sign-up', { activity: activity.id });
    pastTheEnd(network, body);
    list(network, olga, activity, [anna, bram, cor]);
    for (const member of [anna, bram, cor]) came(network, member, activity);
    const { of, state } = await balances(network, [olga, anna, bram, cor]);
    expect(of).toEqual([120 + 360, 0, 0, 0]);
    expect(state.activities.get(idOf(activity))?.signUps.size).toBe(3);
  });

  it('a participant who did not say it came pays nothing; the list alone moves nothing', async () => {
    const { network, olga, anna, bram } = neighbourhood();
    const { activity, body } = post(network, olga);
    pastTheEnd(network, body);
    list(network, olga, activity, [anna, bram]);
    came(network, anna, activity);
    expect((await balances(network, [olga, anna, bram])).of).toEqual([240, 0, 120]);
  });

  it('one who said it came but is not on the list pays nothing', async () => {
    const { network, olga, anna, bram } = neighbourhood();
    const { activity, body } = post(network, olga);
    pastTheEnd(network, body);
    list(network, olga, activity, [anna]);
    came(network, bram, activity);
    expect((await balances(network, [olga, anna, bram])).of).toEqual([120, 120, 120]);
  });
});

describe('nothing pays twice', () => {
  it('came twice: the second is already-decided and pays nothing', async () => {
    const { network, olga, anna } = neighbourhood();
    const { activity, body } = post(network, olga);
    pastTheEnd(network, body);
    list(network, olga, activity, [anna]);
    const first = came(network, anna, activity);
    const second = came(network, anna, activity);
    const { of, state } = await balances(network, [olga, anna]);
    expect(of).toEqual([240, 0]);
    const [lower, higher] = idOf(first) < idOf(second) ? [first, second] : [second, first];
    expect(state.rejected.get(idOf(higher))?.reason).toBe('already-decided');
    expect(state.applied.has(idOf(lower))).toBe(true);
  });

  it('listed twice: a member named twice in one list is malformed; two lists pay once', async () => {
    const { network, olga, anna } = neighbourhood();
    const { activity, body } = post(network, olga);
    pastTheEnd(network, body);
    expect(
      checkBody('attendance', { activity: activity.id, present: [anna.signing.publicKey, anna.signing.publicKey] }),
    ).toMatchObject({ field: 'present' });
    list(network, olga, activity, [anna]);
    came(network, anna, activity);
    list(network, olga, activity, [anna]);
    list(network, olga, activity, [anna]);
    expect((await balances(network, [olga, anna])).of).toEqual([240, 0]);
  });

  it('attendance rewritten: the latest list counts, a member left off is paid back', async () => {
    const { network, olga, anna, bram } = neighbourhood();
    const { activity, body } = post(network, olga);
    pastTheEnd(network, body);
    list(network, olga, activity, [anna, bram]);
    came(network, anna, activity);
    came(network, bram, activity);
    list(network, olga, activity, [anna]);
    const { of, state } = await balances(network, [olga, anna, bram]);
    expect(of).toEqual([240, 0, 120]);
    // Balances and the pot still sum to zero.
    expect([...state.members.values()].reduce((sum, m) => sum + m.balance, state.pot)).toBe(0);
  });

  it('attendance dated before the start is too-early; by someone else not-author; with the organiser self', async () => {
    const { network, olga, anna, bram } = neighbourhood();
    const { activity, body } = post(network, olga);
    const early = list(network, olga, activity, [anna]);
    pastTheEnd(network, body);
    const byAnna = list(network, anna, activity, [bram]);
    const withSelf = list(network, olga, activity, [olga, anna]);
    const stranger = network.write(olga, 'attendance', {
      activity: activity.id,
      present: [newIdentity().signing.publicKey],
    });
    const { state } = await balances(network, []);
    expect(state.rejected.get(idOf(early))?.reason).toBe('too-early');
    expect(state.rejected.get(idOf(byAnna))?.reason).toBe('not-author');
    expect(state.rejected.get(idOf(withSelf))?.reason).toBe('self');
    expect(state.rejected.get(idOf(stranger))?.reason).toBe('unknown-member');
  });
});

describe('who may say who came', () => {
  it('a came names nobody but its author: a body naming another member is malformed', async () => {
    const { network, olga, anna } = neighbourhood();
    const { activity, body } = post(network, olga);
    pastTheEnd(network, body);
    list(network, olga, activity, [anna]);
    expect(checkBody('came', { activity: activity.id, member: anna.signing.publicKey } as never)).toMatchObject({
      problem: 'unknown-field',
    });
    const byOrganiser = came(network, olga, activity);
    const { of, state } = await balances(network, [olga, anna]);
    expect(state.rejected.get(idOf(byOrganiser))?.reason).toBe('self');
    expect(of).toEqual([120, 120]);
  });

  it('came-for by someone not a coordinator is not-coordinator, and does not pay', async () => {
    const { network, olga, anna, bram } = neighbourhood();
    const { activity, body } = post(network, olga);
    pastTheEnd(network, body);
    list(network, olga, activity, [anna]);
    const forAnna = cameFor(network, bram, activity, anna);
    const byOrganiser = cameFor(network, olga, activity, anna);
    const { of, state } = await balances(network, [olga, anna]);
    expect(state.rejected.get(idOf(forAnna))?.reason).toBe('not-coordinator');
    expect(state.rejected.get(idOf(byOrganiser))?.reason).toBe('not-coordinator');
    expect(of).toEqual([120, 120]);
  });

  it('a coordinator confirms came for a card member, not for a member with a device', async () => {
    const { network, olga, anna } = neighbourhood();
    const card = newIdentity();
    network.write(network.founder, 'enroll', {
      member: card.signing.publicKey,
      boxKey: card.box.publicKey,
      name: 'Mevrouw De Vries',
      area: 'Oosterpark',
      welcome: 60,
      opening: 0,
      consent: 'Uitgelegd aan de balie.',
      epoch: 0,
      secret: null,
    });
    network.write(network.founder, 'card', {
      member: card.signing.publicKey,
      share: { eph: new Uint8Array(32).fill(9), keys: [], box: new Uint8Array(16) },
    });
    const { activity, body } = post(network, olga);
    pastTheEnd(network, body);
    list(network, olga, activity, [anna, card]);
    const forCard = cameFor(network, network.founder, activity, card);
    const again = cameFor(network, network.founder, activity, card);
    const forAnna = cameFor(network, network.founder, activity, anna);
    const { of, state } = await balances(network, [olga, anna, card]);
    expect(state.applied.has(idOf(forCard))).toBe(true);
    expect(state.rejected.get(idOf(again))?.reason).toBe('already-decided');
    expect(state.rejected.get(idOf(forAnna))?.reason).toBe('not-party');
    expect(of).toEqual([240, 120, -60]);
  });

  it('a non-member cannot sign up or say it came', async () => {
    const { network, olga } = neighbourhood();
    const stranger = newIdentity();
    const { activity } = post(network, olga);
    const signUp = network.write(stranger, 'sign-up', { activity: activity.id });
    const { identity: pending } = network.join('Nog niet toegelaten');
    const pendingSignUp = network.write(pending, 'sign-up', { activity: activity.id });
    const { state } = await balances(network, []);
    expect(state.rejected.get(idOf(signUp))?.reason).toBe('not-member');
    expect(state.rejected.get(idOf(pendingSignUp))?.reason).toBe('not-member');
    expect(state.activities.get(idOf(activity))?.signUps.size).toBe(0);
  });

  it('sign-up, then sign-off: the latest says whether the member comes', async () => {
    const { network, olga, anna } = neighbourhood();
    const { activity } = post(network, olga);
    network.write(anna, 'sign-up', { activity: activity.id });
    network.write(anna, 'sign-off', { activity: activity.id });
    const { state } = await balances(network, []);
    expect(state.activities.get(idOf(activity))?.signUps.get(keyOf(anna))?.coming).toBe(false);
  });
});

describe('cancelled, updated, approved', () => {
  it('a cancelled activity pays nothing, even what it paid before', async () => {
    const { network, olga, anna } = neighbourhood();
    const { activity, body } = post(network, olga);
    pastTheEnd(network, body);
    list(network, olga, activity, [anna]);
    came(network, anna, activity);
    network.write(olga, 'activity-cancel', { activity: activity.id, reason: 'Regen' });
    const { of, state } = await balances(network, [olga, anna]);
    expect(of).toEqual([120, 120]);
    expect(state.activities.get(idOf(activity))?.cancelled?.reason).toBe('Regen');
  });

  it('a coordinator calls off (activity-call-off), not cancels; another member may do neither', async () => {
    const { network, olga, anna } = neighbourhood();
    const { activity, body } = post(network, olga);
    pastTheEnd(network, body);
    list(network, olga, activity, [anna]);
    came(network, anna, activity);
    const byAnna = network.write(anna, 'activity-cancel', { activity: activity.id, reason: '' });
    const offByAnna = network.write(anna, 'activity-call-off', { activity: activity.id, reason: '' });
    const byFounder = network.write(network.founder, 'activity-cancel', { activity: activity.id, reason: '' });
    const { state: before, of } = await balances(network, [olga, anna]);
    expect(before.rejected.get(idOf(byAnna))?.reason).toBe('not-author');
    expect(before.rejected.get(idOf(offByAnna))?.reason).toBe('not-coordinator');
    expect(before.rejected.get(idOf(byFounder))?.reason).toBe('not-author');
    const named = before.activities.get(idOf(activity));
    expect(named && cancellationOf(before, named)).toBeNull();
    expect(of).toEqual([240, 0]);
    network.write(network.founder, 'activity-call-off', { activity: activity.id, reason: 'Buurthuis dicht' });
    const again = network.write(network.founder, 'activity-call-off', { activity: activity.id, reason: '' });
    const { state: after, of: paid } = await balances(network, [olga, anna]);
    const off = after.activities.get(idOf(activity));
    expect(off && cancellationOf(after, off)?.reason).toBe('Buurthuis dicht');
    expect(after.rejected.get(idOf(again))?.reason).toBe('already-decided');
    expect(paid).toEqual([120, 120]);
  });

  it('worth and pay cannot be changed by an update: its body has no such fields', async () => {
    const { network, olga, anna } = neighbourhood();
    const { activity, body } = post(network, olga, { worth: 60 });
    const { worth: _w, pay: _p, ...rest } = body;
    expect(checkBody('activity-update', { ...rest, activity: activity.id, worth: 240 } as never)).toMatchObject({
      field: 'worth',
      problem: 'unknown-field',
    });
    network.write(olga, 'activity-update', { ...rest, activity: activity.id, title: 'Samen bakken' });
    const byAnna = network.write(anna, 'activity-update', { ...rest, activity: activity.id, title: 'Van Anna' });
    pastTheEnd(network, body);
    list(network, olga, activity, [anna]);
    came(network, anna, activity);
    const { of, state } = await balances(network, [olga, anna]);
    expect(state.activities.get(idOf(activity))).toMatchObject({ title: 'Samen bakken', worth: 60 });
    expect(state.rejected.get(idOf(byAnna))?.reason).toBe('not-author');
    expect(of).toEqual([180, 60]);
  });

  it('times: ends after starts, within a day', () => {
    const network = new TestNetwork();
    const body = plan(network);
    expect(checkBody('activity', { ...body, ends: body.starts })).toMatchObject({ field: 'ends' });
    expect(checkBody('activity', { ...body, ends: body.starts + 25 * hour })).toMatchObject({ field: 'ends' });
    expect(checkBody('activity', { ...body, worth: 241 })).toMatchObject({ field: 'worth' });
    expect(checkBody('activity', { ...body, seats: 501 })).toMatchObject({ field: 'seats' });
    expect(checkBody('activity', { ...body, place: '' })).toMatchObject({ field: 'place' });
    expect(checkBody('activity', body)).toBeNull();
  });

  it.each<[ActivityPay, number, number]>([
    ['pot', 0, 121],
    ['both', 60, 61],
  ])('pay %s: the pot pays its part only after approval', async (pay, member, pot) => {
    const { network, olga, anna } = neighbourhood();
    const { activity, body } = post(network, olga, { pay, worth: 121 });
    pastTheEnd(network, body);
    list(network, olga, activity, [anna]);
    came(network, anna, activity);
    const before = await balances(network, [olga, anna]);
    expect(before.of).toEqual([120 + member, 120 - member]);
    const approve = network.write(network.founder, 'activity-approve', { activity: activity.id });
    const again = network.write(network.founder, 'activity-approve', { activity: activity.id });
    const byAnna = network.write(anna, 'activity-approve', { activity: activity.id });
    const approved = await balances(network, [olga, anna]);
    expect(approved.of).toEqual([120 + member + pot, 120 - member]);
    expect(approved.pot).toBe(before.pot - pot);
    expect(approved.state.applied.has(idOf(approve))).toBe(true);
    expect(approved.state.rejected.get(idOf(again))?.reason).toBe('already-decided');
    expect(approved.state.rejected.get(idOf(byAnna))?.reason).toBe('not-coordinator');
  });

  it('an approval before the activity takes place pays when the participants came', async () => {
    const { network, olga, anna } = neighbourhood();
    const { activity, body } = post(network, olga, { pay: 'pot', worth: 90 });
    network.write(network.founder, 'activity-approve', { activity: activity.id });
    pastTheEnd(network, body);
    list(network, olga, activity, [anna]);
    expect((await balances(network, [olga, anna])).of).toEqual([120, 120]);
    came(network, anna, activity);
    expect((await balances(network, [olga, anna])).of).toEqual([210, 120]);
  });
});

type Step = [kind: number, who: number, what: number];

/** An organiser, three members, a coordinator; two activities; a script of what they write. */
function script(steps: readonly Step[]): TestNetwork {
  const { network, olga, anna, bram, cor } = neighbourhood();
  const people = [anna, bram, cor];
  const activities = [
    post(network, olga, { pay: 'both', worth: 75 }),
    post(network, olga, { pay: 'participants', worth: 30 }),
  ];
  network.clock = Math.max(...activities.map(({ body }) => body.ends));
  for (const [kind, who, what] of steps) {
    const person = people[who % 3] as Identity;
    const { activity } = activities[what % 2] as { activity: SignedEntry };
    switch (kind % 6) {
      case 0:
        list(
          network,
          olga,
          activity,
          people.filter((_, i) => (what >> (i + 1)) & 1),
        );
        break;
      case 1:
        came(network, person, activity);
        break;
      case 2:
        network.write(network.founder, 'activity-approve', { activity: activity.id });
        break;
      case 3:
        if (what % 7 === 0) network.write(olga, 'activity-cancel', { activity: activity.id, reason: '' });
        else network.write(person, 'sign-up', { activity: activity.id });
        break;
      case 4:
        if (what % 5 === 0) network.write(network.founder, 'activity-call-off', { activity: activity.id, reason: '' });
        else cameFor(network, network.founder, activity, people[(who + 1) % 3] as Identity);
        break;
      default:
        network.write(person, 'sign-off', { activity: activity.id });
    }
  }
  return network;
}

describe('order and duplication do not change what activities pay', () => {
  const steps = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 20 });

  it('any permutation and duplication, all at once or one by one, gives the same balances', async () => {
    await fc.assert(
      fc.asyncProperty(steps, fc.integer(), async (plan, seed) => {
        const network = script(plan);
        const reference = await network.state();
        const sum = [...reference.members.values()].reduce((total, m) => total + m.balance, reference.pot);
        expect(sum).toBe(0);
        const scrambled = scramble(network.entries, seed);
        expect(snapshot(await network.state(scrambled))).toEqual(snapshot(reference));
        const ledger = new Ledger(network.netId, { now: () => network.clock + 1000 });
        for (const record of network.records(scrambled)) await ledger.add([record]);
        const one = ledger.state;
        for (const [key, member] of reference.members) expect(one.members.get(key)?.balance).toBe(member.balance);
        expect(one.pot).toBe(reference.pot);
        expect(snapshot(one)).toEqual(snapshot(reference));
      }),
      { numRuns: 40 },
    );
  }, 600_000);
});
