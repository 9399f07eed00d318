// The name to show for a member: the one on their profile, else the one the coordinator
// wrote when enrolling them. A newcomer's name from the join request is sealed to the
// coordinators; a coordinator's device that opened it may pass it in as `sealedName`.
import type { Member } from './NetworkState.ts';

export function memberName(member: Member, sealedName = ''): string {
  return member.profile?.name ?? member.enrolled?.name ?? sealedName;
}

/** Street or area, on the same terms. */
export function memberArea(member: Member): string {
  return member.profile?.area ?? member.enrolled?.area ?? '';
}
