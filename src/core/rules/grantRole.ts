// grant-role: a coordinator gives an admitted member a role (coordinator, kiosk). A new
// coordinator gets the next seniority, which breaks ties between concurrent acts.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { nextSeniority } from '../state/membership.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const grantRole: AuthorityRule<'grant-role'> = {
  kind: 'authority',
  body: bodyReaders['grant-role'],
  writer: 'coordinator',
  act(state, entry) {
    const member = state.members.get(toBase64Url(entry.body.member));
    if (member?.status !== 'admitted') return 'unknown-member';
    if (member.roles.has(entry.body.role)) return 'already-decided';
    member.roles.add(entry.body.role);
    if (entry.body.role === 'coordinator' && member.seniority === null) member.seniority = nextSeniority(state);
    return null;
  },
};
