// Which of our members a key names across a link (docs/protocol-links.md §3–§5). The peer
// knows a member only by the keys that signed what crossed (a share, a post, a message, a
// payment, a consent to move), which may be any of the member's devices; we resolve such a
// key by our own device records, which the peer never learns (§7).
import { isMember } from '../state/membership.ts';
import type { MemberKey, NetworkState } from '../state/NetworkState.ts';

/** Our member that `key` (base64url) names: a live or retired device of a member; null for any other key. */
export function homeMember(state: NetworkState, key: string): MemberKey | null {
  const member = state.devices.get(key)?.member;
  return member !== undefined && isMember(state, member) ? member : null;
}
