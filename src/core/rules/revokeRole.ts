// revoke-role: a coordinator takes a role away; never the last coordinator's, unless two
// coordinators take it from each other at once (both stand). Which removals stand when
// they are concurrent is decided in src/core/state/strongRemoval.ts.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { coordinatorCount } from '../state/membership.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const revokeRole: AuthorityRule<'revoke-role'> = {
  kind: 'authority',
  body: bodyReaders['revoke-role'],
  writer: 'coordinator',
  act(state, entry, { mutual }) {
    const member = state.members.get(toBase64Url(entry.body.member));
    if (!member?.roles.has(entry.body.role)) return 'unknown-member';
    if (entry.body.role === 'coordinator' && coordinatorCount(state) <= 1 && !mutual) return 'last-coordinator';
    member.roles.delete(entry.body.role);
    return null;
  },
};
