// activity-call-off: a coordinator calls off an activity someone else organised (the
// organiser's own is `activity-cancel`). An authority entry, judged in causal order by the
// coordinator's rights at that point: a later removal of the coordinator never makes the
// activity pay again, and one written concurrently with or after the removal never counts
// (strongRemoval.ts). Recorded whatever it names, like an approval; once an activity has
// that id, nothing is ever paid for it (activities.ts). The first in causal order is kept.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const activityCallOff: AuthorityRule<'activity-call-off'> = {
  kind: 'authority',
  body: bodyReaders['activity-call-off'],
  writer: 'coordinator',
  act(state, entry, { id, member }) {
    const target = toBase64Url(entry.body.activity);
    if (state.activitiesCalledOff.has(target)) return 'already-decided';
    state.activitiesCalledOff.set(target, { by: member.key, reason: entry.body.reason, id });
    return null;
  },
};
