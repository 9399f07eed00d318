// Who may open a member card's kiosk share: the live devices of coordinators and kiosks
// (docs/protocol.md §9). Nobody else, the card member's own card included.
import { hasRole, liveBoxKeys } from './membership.ts';
import type { NetworkState } from './NetworkState.ts';

export function cardShareReaders(state: NetworkState): Uint8Array[] {
  const readers: Uint8Array[] = [];
  for (const member of state.members.values()) {
    if (hasRole(member, 'coordinator') || hasRole(member, 'kiosk')) readers.push(...liveBoxKeys(state, member.key));
  }
  return readers;
}
