// Named reads for the coordinator: join requests waiting in the lobby, opened with this
// device's key, and what is worth a look.
import type { JoinRequest } from '../core/lobby.ts';
import { type JoinDetails, openJoinDetails } from '../core/sealing.ts';
import { flagsOf } from '../core/state/flags.ts';
import type { SessionView } from './SessionView.ts';

export type { JoinDetails };

export interface WaitingRequest {
  join: JoinRequest;
  /** The newcomer's details; null when they are not sealed to this coordinator. */
  details: JoinDetails | null;
}

export function waitingRequests(view: SessionView): WaitingRequest[] {
  return (view.lobbyView?.pending ?? []).map((join) => ({
    join,
    details: openJoinDetails(join.sealed, view.identity, view.net, join.publicKey),
  }));
}

export type FlagLine =
  | { kind: 'over-limit'; name: string | null; balance: number }
  | { kind: 'fork'; name: string | null };

export function flagLines(view: SessionView): FlagLine[] {
  const state = view.memberState;
  if (!state) return [];
  return flagsOf(state).map((flag) => {
    const name = state.members.get(flag.member)?.profile?.name ?? null;
    return flag.kind === 'over-limit' ? { kind: flag.kind, name, balance: flag.balance } : { kind: flag.kind, name };
  });
}
