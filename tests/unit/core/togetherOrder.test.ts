// Order and duplication must not matter for the together rules either (docs/protocol-
// together.md): activities (with updates that move the start, the organiser's cancellations,
// a coordinator's approvals, call-offs and `came-for` for a card member, some written from
// an older view: concurrent with a role change), group records and their answers, thanks
// and their consents, mixed with suspensions, role changes, a member's own retirement of a
// device with an early cut, and backdated entries. Any permutation with copies, derived at
// once or entry by entry, gives the same state, and balances and the pot sum to zero.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActivityFields, ActivityPay } from '../../../src/core/entry/bodies.ts';
import type { SignedEntry } from '../../../src/core/entry/Entry.ts';
import { type Identity, newIdentity } from '../../../src/core/Identity.ts';
import { Ledger } from '../../../src/core/Ledger.ts';
import { scramble } from './scenarios.ts';
import { bodyOf, snapshot, TestNetwork } from './TestNetwork.ts';

const hour = 60 * 60 * 1000;
const pays: ActivityPay[] = ['participants', 'pot', 'both'];

type Step = [kind: number, a: number, b: number, c: number];

/** The kinds of step below, the activity ones more often: they need several steps to meet. */
const kinds = [0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 7, 8, 8, 9, 9, 9, 10, 11, 11, 12, 13, 14, 15, 16, 17];

/** A coordinator (Fatima) besides the founder, four members, a card member, Anna's laptop. */
function history(steps: readonly Step[]): TestNetwork {
  const network = new TestNetwork();
  const people = ['Olga', 'Anna', 'Bram', 'Cor'].map((name) => network.member(name));
  const anna = people[1] as Identity;
  const fatima = network.member('Fatima');
  network.grant(fatima);
  const coordinators = [network.founder, fatima];
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
  const laptop = newIdentity();
  network.addDevice(anna, laptop);
  const everyone = [...people, kees];
  const annaHeads: Uint8Array[][] = [network.head(anna)];
  // Views a coordinator may still act from: what it had seen then (concurrent with what came since).
  const views: SignedEntry[][] = [network.frontier()];
  let retired = false;

  const activities: { entry: SignedEntry; organiser: Identity; body: ActivityFields }[] = [];
  const records: { entry: SignedEntry; parts: number }[] = [];
  const thanks: SignedEntry[] = [];
  const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(1, list.length)];

  for (const [kind, a, b, c] of steps) {
    const one = pick(people, a) as Identity;
    const other = pick(everyone, b) as Identity;
    const coordinator = pick(coordinators, c) as Identity;
    const activity = pick(activities, b + c);
    // Sometimes backdated: claimed times decide nothing about money.
    const time = c % 5 === 0 ? { time: network.clock - (c % 7) * hour } : {};
    // A coordinator's act sometimes from an older view.
    const view = a % 4 === 1 ? { seen: pick(views, c) as SignedEntry[] } : {};
    switch (kinds[kind % kinds.length]) {
      case 0: {
        const starts = network.clock + ((c % 5) - 2) * hour;
        const body: ActivityFields = {
          title: `Activiteit ${activities.length}`,
          text: '',
          category: 'bezoek',
          place: 'Buurthuis',
          starts,
          ends: starts + hour,
          seats: c % 3,
          worth: 1 + (c % 240),
          pay: pays[c % 3] as ActivityPay,
        };
        activities.push({ entry: network.write(one, 'activity', body), organiser: one, body });
        break;
      }
      case 1: {
        if (!activity) break;
        const { worth: _w, pay: _p, ...plan } = activity.body;
        const starts = activity.body.starts + ((c % 5) - 2) * hour;
        network.write(a % 4 === 0 ? one : activity.organiser, 'activity-update', {
          ...plan,
          activity: activity.entry.id,
          starts,
          ends: starts + hour,
        });
        break;
      }
      case 2: {
        if (!activity) break;
        const present = everyone.filter((_, i) => (c >> i) & 1).map((m) => m.signing.publicKey);
        network.write(activity.organiser, 'attendance', { activity: activity.entry.id, present }, time);
        break;
      }
      case 3:
        if (activity) network.write(one, 'came', { activity: activity.entry.id });
        break;
      case 4:
        if (activity)
          network.write(
            coordinator,
            'came-for',
            { activity: activity.entry.id, member: (b % 3 ? kees : other).signing.publicKey },
            view,
          );
        break;
      case 5:
        if (activity) network.write(coordinator, 'activity-approve', { activity: activity.entry.id }, view);
        break;
      case 6:
        if (!activity) break;
        if (a % 3 === 0)
          network.write(coordinator, 'activity-call-off', { activity: activity.entry.id, reason: '' }, view);
        else
          network.write(a % 3 === 1 ? activity.organiser : one, 'activity-cancel', {
            activity: activity.entry.id,
            reason: '',
          });
        break;
      case 7:
        if (activity) network.write(one, c % 2 ? 'sign-up' : 'sign-off', { activity: activity.entry.id }, time);
        break;
      case 8: {
        const parts = [0, 1, 2].slice(0, 1 + (c % 3)).map((n) => ({
          payer: (pick(everyone, a + n) as Identity).signing.publicKey,
          receiver: (pick(everyone, b + 2 * n + 1) as Identity).signing.publicKey,
          minutes: 1 + ((c + n) % 300),
        }));
        records.push({
          entry: network.write(one, 'group-hours', { parts, what: '', post: null }),
          parts: parts.length,
        });
        break;
      }
      case 9: {
        const record = pick(records, b);
        if (record)
          network.write(
            one,
            'part-answer',
            { record: record.entry.id, part: c % record.parts, agree: a % 3 !== 0 },
            time,
          );
        break;
      }
      case 10:
        thanks.push(network.write(one, 'thanks', { to: other.signing.publicKey, text: 'Dank je wel', transfer: null }));
        break;
      case 11: {
        const said = pick(thanks, b);
        if (!said) break;
        const author =
          a % 2
            ? one
            : (pick(
                people,
                people.findIndex((p) => bodyOf(said, 'thanks').to === p.signing.publicKey),
              ) ?? one);
        network.write(author, 'thanks-show', { thanks: said.id, show: c % 3 !== 0 }, time);
        break;
      }
      case 12: {
        const said = pick(thanks, b);
        if (said) network.write(coordinator, 'hide-post', { post: said.id, reason: '' });
        break;
      }
      case 13:
        network.suspend(pick(people.slice(1), a) as Identity, coordinator);
        break;
      case 14:
        if (c % 2)
          network.write(network.founder, 'revoke-role', { member: fatima.signing.publicKey, role: 'coordinator' });
        else network.grant(fatima);
        break;
      case 15:
        if (!retired) {
          retired = true;
          const cut = pick(annaHeads, c) as Uint8Array[];
          network.write(laptop, 'device-remove', { device: anna.signing.publicKey, cut });
        }
        break;
      case 16:
        network.transfer(one, other, 1 + (c % 300));
        break;
      default:
        annaHeads.push(network.head(anna));
        views.push(network.frontier());
    }
  }
  return network;
}

const steps = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 40 });

describe('together: order and duplication do not matter', () => {
  it('any permutation with copies, at once or one by one, gives the same state; hours sum to zero', async () => {
    await fc.assert(
      fc.asyncProperty(steps, fc.integer(), async (script, seed) => {
        const network = history(script);
        const reference = await network.state();
        const sum = [...reference.members.values()].reduce((total, m) => total + m.balance, reference.pot);
        expect(sum).toBe(0);
        const scrambled = scramble(network.entries, seed);
        expect(snapshot(await network.state(scrambled))).toEqual(snapshot(reference));
        const ledger = new Ledger(network.netId, { now: () => network.clock + 1000 });
        for (const record of network.records(scrambled)) await ledger.add([record]);
        expect(snapshot(ledger.state)).toEqual(snapshot(reference));
        const inChain = new Ledger(network.netId, { now: () => network.clock + 1000 });
        for (const record of network.records()) await inChain.add([record]);
        expect(snapshot(inChain.state)).toEqual(snapshot(reference));
      }),
      {
        numRuns: 80,
        examples: [
          [
            [
              [0, 0, 0, 2],
              [5, 1, 0, 2],
              [2, 1, 0, 3],
            ],
            1,
          ],
        ],
      },
    );
  }, 600_000);
});
