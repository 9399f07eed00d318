// pot-grant: a coordinator gives a member minutes from the community pot.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { isMember } from '../state/membership.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const potGrant: AuthorityRule<'pot-grant'> = {
  kind: 'authority',
  body: bodyReaders['pot-grant'],
  writer: 'coordinator',
  act(state, entry) {
    const member = state.members.get(toBase64Url(entry.body.to));
    if (!member || !isMember(state, member.key)) return 'unknown-member';
    state.pot -= entry.body.minutes;
    member.balance += entry.body.minutes;
    member.received += entry.body.minutes;
    return null;
  },
};
