// link-attest: a coordinator's or kiosk's device says "these entries count in our network"
// (docs/protocol-links.md §2). Here only who wrote it and that the link is ours and going;
// the roster, the chain through `after` and the limit are judged with the peer's
// attestations in settleLinks.ts, the same way on both sides.
import { bodyReaders } from '../entry/bodies.ts';
import { hasRole } from '../state/membership.ts';
import type { AuthorityRule } from './EntryRule.ts';
import { keepForLink, liveLink } from './linkHelpers.ts';

export const linkAttest: AuthorityRule<'link-attest'> = {
  kind: 'authority',
  body: bodyReaders['link-attest'],
  writer: 'member',
  act(state, entry, { id, member }) {
    if (!hasRole(member, 'coordinator') && !hasRole(member, 'kiosk')) return 'not-coordinator';
    const link = liveLink(state, entry.body.link);
    if (typeof link === 'string') return link;
    keepForLink(state, id, entry);
    return null;
  },
};
