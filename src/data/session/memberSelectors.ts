// Named reads of the member room's state about the network and this device's member.
import { defaultCategories } from '../../core/categories.ts';
import type { MemberStatus } from '../../core/state/NetworkState.ts';
import type { Integrity } from './SessionEvent.ts';
import { memberRoomOpen } from './SessionPhase.ts';
import type { SessionView } from './SessionView.ts';

/** The network's kinds of help; the default ones until the member room has the genesis. */
export function categoriesOf(view: SessionView): string[] {
  return view.memberState?.network?.categories ?? [...defaultCategories];
}

export function houseRulesOf(view: SessionView): string {
  return view.memberState?.network?.rules ?? '';
}

export function isCoordinator(view: SessionView): boolean {
  const member = view.memberState?.members.get(view.memberKey);
  return member?.status === 'admitted' && member.roles.has('coordinator');
}

/**
 * This device's member as the member room has it: 'loading' until the room is open,
 * 'unknown' when the room has not shown the admission yet (right after it, say).
 */
export function ownMemberStatus(view: SessionView): MemberStatus | 'loading' | 'unknown' {
  if (!memberRoomOpen(view.phase)) return 'loading';
  return view.memberState?.members.get(view.memberKey)?.status ?? 'unknown';
}

export function integrityOf(view: SessionView): Integrity {
  return { ...view.integrity };
}
