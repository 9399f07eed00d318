// Which keys of the peer this network knows on a link (docs/protocol-links.md §4): the
// author of a post the peer shared, of a message or of a record that came in, or
// the receiver of one of our records the peer attested (it attests only its admitted members). Our own
// payments and messages go only to these; others are not attested (a flood to keys nobody
// holds would use up the limit, or the peer's budget, for nothing).
import type { Link } from './LinkState.ts';

/** Is `key` (base64url) a member of the peer we know on the link? Only what came in (or the peer attested) counts, never what we merely sent. */
export function knownPeerMember(link: Link, key: string): boolean {
  for (const post of link.peerPosts.values()) if (post.author === key) return true;
  for (const record of link.records.values())
    if ((record.direction === 'in' || record.attested.peer) && record.other === key) return true;
  for (const message of link.messages.values()) if (message.direction === 'in' && message.other === key) return true;
  return false;
}
