// What the coordinator is asked to look at. Flags never block anything: during a network
// partition two devices can each accept a transfer that together take a balance past the
// limit, so the limit can only be watched, not enforced.
import type { MemberKey, NetworkState } from './NetworkState.ts';

export type Flag =
  | { kind: 'over-limit'; member: MemberKey; balance: number }
  | { kind: 'fork'; member: MemberKey; seq: number };

export function flagsOf(state: NetworkState): Flag[] {
  const flags: Flag[] = [];
  const limit = state.network?.creditLimit ?? 0;
  for (const member of state.members.values()) {
    if (member.balance < -limit) flags.push({ kind: 'over-limit', member: member.key, balance: member.balance });
  }
  for (const [member, seq] of state.forks) flags.push({ kind: 'fork', member, seq });
  return flags;
}
