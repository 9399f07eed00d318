// warn: a kind, private word from a coordinator to a member, sealed to the member and the
// coordinators.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { isMember } from '../state/membership.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const warn: AuthorityRule<'warn'> = {
  kind: 'authority',
  body: bodyReaders.warn,
  writer: 'coordinator',
  act(state, entry, { id, member }) {
    if (!isMember(state, toBase64Url(entry.body.member))) return 'unknown-member';
    state.warnings.set(id, {
      member: toBase64Url(entry.body.member),
      by: member.key,
      note: entry.body.note,
      time: entry.time,
    });
    return null;
  },
};
