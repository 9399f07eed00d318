// Who a coordinator can move to a new device's key (move-member), as a pure function of
// the view's rows: admitted or paused neighbours other than the coordinator, by name.
import type { MemberRow } from '../store/tableRows.ts';

export function movableMembers(members: readonly MemberRow[], coordinator: string): MemberRow[] {
  return members
    .filter((m) => (m.status === 'admitted' || m.status === 'suspended') && m.key !== coordinator)
    .sort((a, b) => a.name.localeCompare(b.name));
}
