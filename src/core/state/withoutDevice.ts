// Who is a member without a device (docs/protocol.md §6.1, §9): admitted from a join that
// the kiosk met — the kiosk made that key for the join alone and forgot it at once — with
// no member card yet, and nothing signed by that key but the join. Nobody can write for
// such a member; a coordinator gives them a card (a move-member to the card's key).
import { chainTipsOf } from './membership.ts';
import type { MemberKey, NetworkState } from './NetworkState.ts';

export function withoutDevice(state: NetworkState, key: MemberKey): boolean {
  const member = state.members.get(key);
  if (member?.status !== 'admitted' || !member.joinId) return false;
  if (state.cards.has(key) || !state.met.get(member.joinId)?.atKiosk) return false;
  // One device, the join's own key, which has signed nothing since the join.
  if (member.devices.length !== 1 || member.devices[0] !== key) return false;
  const tips = chainTipsOf(state, [key]).get(key) ?? [];
  return tips.every((tip) => tip === member.joinId);
}
