// set-aside: a coordinator declines, in one act, every join still pending at this point in
// causal order that claims a time at or before `before` (a flood of requests, paid or
// not); a real newcomer among them may simply ask again (with a later time: a second join
// it sent before the set-aside, claiming a time at or before `before`, is declined too).
import { bodyReaders } from '../entry/bodies.ts';
import { maxClockSkewMs } from '../entry/readEntry.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const setAside: AuthorityRule<'set-aside'> = {
  kind: 'authority',
  body: bodyReaders['set-aside'],
  writer: 'coordinator',
  act(state, entry, { joins }) {
    // `before` reaches at most the clock skew past the act's own time: a set-aside dated
    // far ahead would otherwise push every newcomer's next request into the future.
    if (entry.body.before > entry.time + maxClockSkewMs) return 'mismatch';
    for (const member of state.members.values()) {
      if (member.status !== 'pending' || member.joinId === null) continue;
      const join = joins.get(member.joinId);
      if (!join || join.entry.time > entry.body.before) continue;
      member.status = 'declined';
      member.declineNote = null;
      member.setAsideBefore = entry.body.before;
    }
    return null;
  },
};
