// activity-cancel: the organiser calls its own activity off. Once cancelled, nothing is
// ever paid for it, whatever came before or after (activities.ts). A coordinator calls off
// someone else's with `activity-call-off`, an authority entry judged in causal order.
import { bodyReaders } from '../entry/bodies.ts';
import { settleActivity } from '../state/activities.ts';
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
    return named.organiser === me ? null : 'not-author';
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
