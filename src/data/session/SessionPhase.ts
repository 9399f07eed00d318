// Where a session stands, as one typed value:
//
//   newcomer ──join sent──▶ waiting ──admitted──▶ member-loading ──room open──▶ member
//      ▲                       │                        ▲                       │  ▲
//      └───────declined────────┘                        │ (a member's device    ▼  │ reinstated
//                                                       │  starts here)       suspended
//   any phase ──close()──▶ closed
import type { MemberStatus } from '../../core/state/NetworkState.ts';

export type SessionPhase = 'newcomer' | 'waiting' | 'member-loading' | 'member' | 'suspended' | 'closed';

export interface PhaseFacts {
  closed: boolean;
  /** The member room: none on this device, opening (or about to), or open. */
  memberRoom: 'none' | 'opening' | 'open';
  /** This device's member as the member room's state has it. */
  ownStatus: MemberStatus | null;
  /** A join request has been sent or is queued, and not answered with a decline. */
  asked: boolean;
}

export function phaseOf(facts: PhaseFacts): SessionPhase {
  if (facts.closed) return 'closed';
  if (facts.memberRoom === 'open') return facts.ownStatus === 'suspended' ? 'suspended' : 'member';
  if (facts.memberRoom === 'opening') return 'member-loading';
  return facts.asked ? 'waiting' : 'newcomer';
}

/** The phases in which this device holds the member room's secret. */
export function holdsMemberRoom(phase: SessionPhase): boolean {
  return phase === 'member-loading' || phase === 'member' || phase === 'suspended';
}

/** The phases in which the member room is open and its state complete. */
export function memberRoomOpen(phase: SessionPhase): boolean {
  return phase === 'member' || phase === 'suspended';
}
