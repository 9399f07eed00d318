// activity-approve: a coordinator lets the pot pay its part of an activity (pay `pot` or
// `both`), before or after it takes place; once per activity. Recorded here, paid when
// the activity's payments are settled (src/core/state/activities.ts), so the order in
// which the approval and the activity's entries arrive does not matter.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const activityApprove: AuthorityRule<'activity-approve'> = {
  kind: 'authority',
  body: bodyReaders['activity-approve'],
  writer: 'coordinator',
  act(state, entry, { id }) {
    const target = toBase64Url(entry.body.activity);
    if (state.activityApprovals.has(target)) return 'already-decided';
    state.activityApprovals.set(target, id);
    return null;
  },
};
