// activity-cancel: the organiser or a coordinator calls an activity off. Once cancelled,
// nothing is ever paid for it, whatever came before or after (activities.ts).
import { bodyReaders } from '../entry/bodies.ts';
import { settleActivity } from '../state/activities.ts';
import { hasRole } from '../state/membership.ts';
import { isLater } from '../state/Order.ts';
import { activityNamed } from './activity.ts';
import type { OrdinaryRule } from './EntryRule.ts';

export const activityCancel: OrdinaryRule<'activity-cancel'> = {
  kind: 'ordinary',
  body: bodyReaders['activity-cancel'],
  reference: (entry) => entry.body.activity,
  refusal(state, entry, { me }) {
    const named = activityNamed(state, entry.body.activity);
    if (typeof named === 'string') return named;
    if (named.organiser === me || hasRole(state.members.get(me), 'coordinator')) return null;
    return 'not-author';
  },
  apply(state, entry, { author, order }) {
    const named = activityNamed(state, entry.body.activity);
    if (typeof named === 'string') return;
    // Every cancellation cancels; the first one (by time, then id) is the one shown.
    if (!named.cancelled || isLater(named.cancelled.from, order)) {
      named.cancelled = { by: author, reason: entry.body.reason, from: order };
    }
    settleActivity(state, named);
  },
};
