// invite: a coordinator makes a new lobby secret (a new invite), or seals the current one
// again for new readers.
import { bodyReaders } from '../entry/bodies.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const invite: AuthorityRule<'invite'> = {
  kind: 'authority',
  body: bodyReaders.invite,
  writer: 'coordinator',
  act(state, entry) {
    state.invites.push(entry.body.secret);
    return null;
  },
};
