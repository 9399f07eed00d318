// The together steps of the checkpoint histories (histories.ts; docs/protocol-together.md §8):
// activities and their payments, group records, plans with pledges, votes, closes, payments
// and ends, thank-yous and stories with their consents. Any member may try any of them; the
// rules decide what counts, so refused entries are part of the history too.
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import { type Identity, newIdentity } from '../../../../src/core/Identity.ts';
import { bodyOf, type TestNetwork } from '../TestNetwork.ts';

const hour = 3600 * 1000;
const day = 24 * hour;

export interface Together {
  activities: { entry: SignedEntry; by: Identity }[];
  records: SignedEntry[];
  plans: { entry: SignedEntry; by: Identity }[];
  thanks: { entry: SignedEntry; sides: [Identity, Identity] }[];
  stories: SignedEntry[];
  /** A card member (no device), enrolled at the first came-for: whom a coordinator says came. */
  card?: Identity;
}

/** A member with a card and no device of its own (as at the kiosk's desk). */
function enrollCard(network: TestNetwork): Identity {
  const card = newIdentity();
  network.write(network.founder, 'enroll', {
    ...{ member: card.signing.publicKey, boxKey: card.box.publicKey, name: 'Mevrouw De Vries', area: 'Oost' },
    ...{ welcome: 60, opening: 0, consent: 'Uitgelegd aan de balie.', epoch: 0, secret: null },
  });
  network.write(network.founder, 'card', {
    member: card.signing.publicKey,
    share: { eph: new Uint8Array(32).fill(9), keys: [], box: new Uint8Array(16) },
  });
  return card;
}

const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(1, list.length)];

export function playTogether(
  network: TestNetwork,
  t: Together,
  kind: number,
  one: Identity,
  other: Identity,
  amount: number,
): void {
  const activity = pick(t.activities, amount);
  const plan = pick(t.plans, amount);
  switch (kind) {
    case 22: {
      const starts = network.clock + hour;
      const pay = (['participants', 'pot', 'both'] as const)[amount % 3] ?? 'participants';
      const entry = network.write(one, 'activity', {
        ...{ title: `Samen ${amount}`, text: '', category: 'bezoek', place: 'Buurthuis' },
        ...{ starts, ends: starts + hour, seats: 0, worth: 30 + (amount % 120), pay },
      });
      t.activities.push({ entry, by: one });
      break;
    }
    case 23:
      if (activity) {
        network.clock = Math.max(network.clock, bodyOf(activity.entry, 'activity').starts + 1);
        const present = [other, ...(t.card && amount % 2 ? [t.card] : [])];
        network.write(activity.by, 'attendance', {
          activity: activity.entry.id,
          present: [...new Set(present)].map((member) => member.signing.publicKey),
        });
      }
      break;
    case 24:
      if (activity) network.write(one, 'came', { activity: activity.entry.id });
      break;
    case 25: {
      const card = t.card ?? enrollCard(network);
      t.card = card;
      if (activity)
        network.write(network.founder, 'came-for', { activity: activity.entry.id, member: card.signing.publicKey });
      break;
    }
    case 26:
      if (activity) network.write(activity.by, 'activity-cancel', { activity: activity.entry.id, reason: '' });
      break;
    case 27:
      if (activity) network.write(network.founder, 'activity-call-off', { activity: activity.entry.id, reason: '' });
      break;
    case 28:
      if (activity) network.write(network.founder, 'activity-approve', { activity: activity.entry.id });
      break;
    case 29:
      t.records.push(
        network.write(one, 'group-hours', {
          parts: [{ payer: one.signing.publicKey, receiver: other.signing.publicKey, minutes: 1 + (amount % 200) }],
          what: 'Samen verhuisd',
          post: null,
        }),
      );
      break;
    case 30: {
      const record = pick(t.records, amount);
      if (record) network.write(one, 'part-answer', { record: record.id, part: 0, agree: amount % 3 !== 0 });
      break;
    }
    case 31: {
      const voteEnd = network.clock + (1 + (amount % 3)) * day;
      const entry = network.write(one, 'plan', {
        ...{ title: `Plan ${amount}`, text: '', minutes: 60 + (amount % 600), voteEnd, doneBy: voteEnd + 10 * day },
        ...{ guides: [one.signing.publicKey], circle: [] },
      });
      t.plans.push({ entry, by: one });
      break;
    }
    case 32:
      if (plan) network.write(one, 'pledge', { plan: plan.entry.id, minutes: 1 + (amount % 90) });
      break;
    case 33:
      if (plan) network.write(one, 'vote', { plan: plan.entry.id, yes: amount % 4 !== 0 });
      break;
    case 34:
      if (plan) {
        network.clock = Math.max(network.clock, bodyOf(plan.entry, 'plan').voteEnd + 1);
        network.write(plan.by, 'plan-close', { plan: plan.entry.id });
      }
      break;
    case 35:
      if (plan)
        network.write(plan.by, 'plan-pay', {
          ...{ plan: plan.entry.id, to: other.signing.publicKey },
          ...{ minutes: 1 + (amount % 60), what: 'Getimmerd' },
        });
      break;
    case 36:
      if (plan) network.write(amount % 2 ? plan.by : network.founder, 'plan-end', { plan: plan.entry.id });
      break;
    case 37:
      if (one !== other) {
        const entry = network.write(one, 'thanks', { to: other.signing.publicKey, text: 'Dank je!', transfer: null });
        t.thanks.push({ entry, sides: [one, other] });
      }
      break;
    case 38: {
      // One of its two sides says show or not; now and then both say show at once.
      const thanks = pick(t.thanks, amount);
      if (!thanks) break;
      const sides = amount % 5 === 0 ? thanks.sides : [thanks.sides[amount % 2] as Identity];
      for (const side of sides) network.write(side, 'thanks-show', { thanks: thanks.entry.id, show: amount % 3 !== 0 });
      break;
    }
    case 39:
      t.stories.push(
        network.write(one, 'story', {
          ...{ title: `Verhaal ${amount}`, text: 'Het was fijn.' },
          people: one === other ? [] : [other.signing.publicKey],
        }),
      );
      break;
    default: {
      const story = pick(t.stories, amount);
      if (story)
        network.write(one, 'story-consent', { story: story.id, report: amount % 3 !== 0, named: amount % 2 === 0 });
    }
  }
}
