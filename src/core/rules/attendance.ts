// attendance: the organiser lists who came (not itself), dated no earlier than the start.
// The organiser's latest list (by time, then id) counts, and the payments follow it: a
// member left off a later list is paid for no more.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { settleActivity } from '../state/activities.ts';
import { isMember } from '../state/membership.ts';
import { isLater } from '../state/Order.ts';
import { activityNamed } from './activity.ts';
import type { OrdinaryRule } from './EntryRule.ts';

export const attendance: OrdinaryRule<'attendance'> = {
  kind: 'ordinary',
  body: bodyReaders.attendance,
  reference: (entry) => entry.body.activity,
  refusal(state, entry, { me }) {
    const named = activityNamed(state, entry.body.activity);
    if (typeof named === 'string') return named;
    if (named.organiser !== me) return 'not-author';
    // Against the activity's own start, never an update's: which update is applied before
    // the list is judged depends on arrival (one by one) or on ids (a rebuild).
    if (entry.time < named.ownStarts) return 'too-early';
    const present = entry.body.present.map(toBase64Url);
    if (present.includes(me)) return 'self';
    return present.every((member) => isMember(state, member)) ? null : 'unknown-member';
  },
  apply(state, entry, { order }) {
    const named = activityNamed(state, entry.body.activity);
    if (typeof named === 'string') return;
    if (named.attendance && !isLater(order, named.attendance.from)) return;
    named.attendance = { present: entry.body.present.map(toBase64Url), from: order };
    settleActivity(state, named);
  },
};
