// activity-update: the organiser changes an activity's plan (title, place, times, seats).
// The latest (by time, then id) counts. `worth` and `pay` are not in its body, so what the
// activity pays cannot change after it was written.
import { bodyReaders } from '../entry/bodies.ts';
import { isLater } from '../state/Order.ts';
import { activityNamed } from './activity.ts';
import type { OrdinaryRule } from './EntryRule.ts';

export const activityUpdate: OrdinaryRule<'activity-update'> = {
  kind: 'ordinary',
  body: bodyReaders['activity-update'],
  reference: (entry) => entry.body.activity,
  refusal(state, entry, { me }) {
    const named = activityNamed(state, entry.body.activity);
    if (typeof named === 'string') return named;
    return named.organiser === me ? null : 'not-author';
  },
  apply(state, entry, { order }) {
    const named = activityNamed(state, entry.body.activity);
    if (typeof named === 'string' || !isLater(order, named.updatedFrom)) return;
    const { activity: _target, ...plan } = entry.body;
    Object.assign(named, plan, { updatedFrom: order });
  },
};
