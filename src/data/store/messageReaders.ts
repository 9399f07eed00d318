// Whose conversations this device keeps in its view (§7.2: private messages stay with their
// people). A member's device keeps its member's own; a kiosk or a coordinator's device also
// serves the card members who have no device, so it keeps theirs. Other people's sealed
// messages stay in the doc (this device carries them for delivery) but never become rows.
import type { NetworkState } from '../../core/state/NetworkState.ts';

export function messageReaders(state: NetworkState, memberKey: string): Set<string> {
  const readers = new Set([memberKey]);
  const roles = state.members.get(memberKey)?.roles;
  if (roles?.has('kiosk') || roles?.has('coordinator')) {
    for (const member of state.members.values()) if (member.enrolled) readers.add(member.key);
  }
  return readers;
}
