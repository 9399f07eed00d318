// Whether some coordinator can still act, and, when none can, where the members' choice of
// a new one stands (src/core/rules/vouch.ts): how many chose whom, counts only. Every
// member's board shows it while nobody can act.
import { coordinatorCount } from '../../core/state/membership.ts';
import type { MemberKey } from '../../core/state/NetworkState.ts';
import type { SessionView } from '../session/SessionView.ts';
import { nameOf } from './toolkitNames.ts';

export interface VouchCandidate {
  key: MemberKey;
  name: string;
  /** How many admitted members chose this member (their latest vouch). */
  voices: number;
}

export interface VouchStanding {
  /** Every admitted member, in name order: each may be chosen. */
  candidates: VouchCandidate[];
  /** Admitted members: more than half of them must choose the same person. */
  members: number;
  /** How many voices that is. */
  needed: number;
  /** Whom this device's member chose last, if anyone. */
  mine: MemberKey | null;
}

/** Is there an admitted coordinator (who can admit, suspend, name another)? True until the member room is read. */
export function coordinatorCanAct(view: SessionView): boolean {
  const state = view.memberState;
  return !state || coordinatorCount(state) > 0;
}

/** Where the members' choice stands, while no coordinator can act and this member may choose; else null. */
export function vouchStanding(view: SessionView): VouchStanding | null {
  const state = view.memberState;
  if (!state || coordinatorCanAct(view)) return null;
  if (state.members.get(view.memberKey)?.status !== 'admitted') return null;
  const admitted = [...state.members.values()].filter((member) => member.status === 'admitted');
  const voices = new Map<MemberKey, number>();
  for (const member of admitted) {
    const latest = state.vouches.get(member.key)?.at(-1)?.member;
    if (latest !== undefined) voices.set(latest, (voices.get(latest) ?? 0) + 1);
  }
  const candidates = admitted
    .map((member) => ({ key: member.key, name: nameOf(state, member.key) ?? '?', voices: voices.get(member.key) ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name) || (a.key < b.key ? -1 : 1));
  return {
    candidates,
    members: admitted.length,
    needed: Math.floor(admitted.length / 2) + 1,
    mine: state.vouches.get(view.memberKey)?.at(-1)?.member ?? null,
  };
}
