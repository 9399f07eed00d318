// How many signers a checkpoint needs (docs/protocol.md §4.8): the `checkpointQuorum` of the
// policy in its summary (default 2), but never more than the members holding the coordinator
// or kiosk role there, so a network with one coordinator and no kiosk checkpoints alone.
import { defaultPolicy } from '../entry/bodies.ts';
import type { MemberKey, NetworkState } from '../state/NetworkState.ts';

/** Admitted members holding the coordinator or the kiosk role: who may sign a checkpoint of this state. */
export function coordinatorOrKiosk(state: NetworkState): Set<MemberKey> {
  const holding = new Set<MemberKey>();
  for (const member of state.members.values()) {
    if (member.status === 'admitted' && (member.roles.has('coordinator') || member.roles.has('kiosk')))
      holding.add(member.key);
  }
  return holding;
}

export function quorumOf(holders: number, policy = defaultPolicy.checkpointQuorum): number {
  return Math.max(1, Math.min(policy, holders));
}
