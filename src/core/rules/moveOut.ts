// move-out: a coordinator moves a member out to the peer network (docs/protocol-links.md
// §5): `minutes` go from the member to the clearing account once the member's move-away
// and the peer's move-in are there too (settleLinks.ts, moves.ts).
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { isMember } from '../state/membership.ts';
import type { AuthorityRule } from './EntryRule.ts';
import { keepForLink, liveLink } from './linkHelpers.ts';

export const moveOut: AuthorityRule<'move-out'> = {
  kind: 'authority',
  body: bodyReaders['move-out'],
  writer: 'coordinator',
  act(state, entry, { id }) {
    const link = liveLink(state, entry.body.link);
    if (typeof link === 'string') return link;
    const member = toBase64Url(entry.body.member);
    if (!isMember(state, member)) return 'unknown-member';
    if (link.moves.has(member)) return 'already-decided';
    link.moves.set(member, {
      member,
      direction: 'out',
      away: null,
      out: id,
      in: null,
      minutes: entry.body.minutes,
      complete: false,
    });
    keepForLink(state, id, entry);
    return null;
  },
};
