// link-statement: a coordinator's or kiosk's device says what this network counts across
// the link (count, sum, digest; docs/protocol-links.md §4). The peer compares it with its
// own (the mirror check, statements.ts).
import { bodyReaders } from '../entry/bodies.ts';
import { hasRole } from '../state/membership.ts';
import type { AuthorityRule } from './EntryRule.ts';
import { keepForLink, namedLink } from './linkHelpers.ts';

export const linkStatement: AuthorityRule<'link-statement'> = {
  kind: 'authority',
  body: bodyReaders['link-statement'],
  writer: 'member',
  act(state, entry, { id, member }) {
    if (!hasRole(member, 'coordinator') && !hasRole(member, 'kiosk')) return 'not-coordinator';
    const link = namedLink(state, entry.body.link);
    if (typeof link === 'string') return link;
    keepForLink(state, id, entry);
    return null;
  },
};
