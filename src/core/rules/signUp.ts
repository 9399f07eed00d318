// sign-up: a member says it comes to an activity, or no longer. The member's
// latest of the two (by time, then id) counts. Seats are not enforced: sign-ups past them
// are shown as a waiting list, because their order is by claimed time.
import { bodyReaders } from '../entry/bodies.ts';
import { isLater } from '../state/Order.ts';
import { activityNamed } from './activity.ts';
import type { OrdinaryRule } from './EntryRule.ts';

/** The rule of sign-up (coming) and sign-off (not coming). */
export function signingRule<T extends 'sign-up' | 'sign-off'>(type: T, coming: boolean): OrdinaryRule<T> {
  return {
    kind: 'ordinary',
    body: bodyReaders[type],
    reference: (entry) => entry.body.activity,
    refusal(state, entry) {
      const named = activityNamed(state, entry.body.activity);
      return typeof named === 'string' ? named : null;
    },
    apply(state, entry, { author, order }) {
      const named = activityNamed(state, entry.body.activity);
      if (typeof named === 'string') return;
      const known = named.signUps.get(author);
      if (!known || isLater(order, known.from)) named.signUps.set(author, { coming, from: order });
    },
  };
}

export const signUp = signingRule('sign-up', true);
