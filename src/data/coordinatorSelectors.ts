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

/** The requests shown at once, oldest first; the rest wait their turn (a flood stays a list, not a hang). */
export const requestsShown = 25;

// Opening a request costs an X25519: once per request, not once per render. The sealed box
// is the entry's own object, kept by the ledger, so it is a stable key.
const opened = new WeakMap<object, JoinDetails | null>();

export function waitingRequests(view: SessionView): WaitingRequest[] {
  return (view.lobbyView?.pending ?? []).slice(0, requestsShown).map((join) => {
    if (!opened.has(join.sealed)) {
      opened.set(join.sealed, openJoinDetails(join.sealed, view.identity, view.net, join.publicKey));
    }
    return { join, details: opened.get(join.sealed) ?? null };
  });
}

/** How many requests wait beyond those shown. */
export function moreRequests(view: SessionView): number {
  return Math.max(0, (view.lobbyView?.pending.length ?? 0) - requestsShown);
}

export type FlagLine =
  | { kind: 'over-limit'; name: string | null; balance: number }
  | { kind: 'fork'; name: string | null };

export function flagLines(view: SessionView, now = Date.now()): FlagLine[] {
  const state = view.memberState;
  if (!state) return [];
  const lines: FlagLine[] = [];
  for (const flag of flagsOf(state, now)) {
    if (flag.kind === 'over-limit' || flag.kind === 'fork') {
      const name = state.members.get(flag.member)?.profile?.name ?? null;
      lines.push(
        flag.kind === 'over-limit' ? { kind: flag.kind, name, balance: flag.balance } : { kind: flag.kind, name },
      );
    }
  }
  return lines;
}
