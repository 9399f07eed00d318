// decline: a coordinator says no to an open join request, with a kind word sealed to the
// newcomer. The newcomer may ask again later (join.ts).
import { bodyReaders } from '../entry/bodies.ts';
import { openJoin } from './admit.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const decline: AuthorityRule<'decline'> = {
  kind: 'authority',
  body: bodyReaders.decline,
  writer: 'coordinator',
  act(state, entry, { joins }) {
    const answered = openJoin(state, entry.body, joins);
    if (typeof answered === 'string') return answered;
    answered.member.status = 'declined';
    answered.member.declineNote = entry.body.note;
    return null;
  },
};
