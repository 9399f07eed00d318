// Named reads for the coordinator: join requests waiting in the lobby, opened with this
// device's key, and what is worth a look.
import type { JoinRequest } from '../../core/lobby.ts';
import { type JoinDetails, openJoinDetails } from '../../core/sealing.ts';
import { flagsOf } from '../../core/state/flags.ts';
import type { SessionView } from '../session/SessionView.ts';
import { nameOf, postTitleOf } from './toolkitNames.ts';

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

/**
 * One thing worth a look, with what to do about it (src/core/state/flags.ts): names and
 * titles filled in, the rest as the core gives it. `to` is whom a kind message goes to.
 */
export type FlagLine =
  | { kind: 'over-limit'; action: 'talk'; name: string | null; to: string; balance: number; limit: number }
  | { kind: 'fork'; action: 'check-device'; name: string | null; to: string }
  | { kind: 'over-forked'; action: 'check-device'; name: string | null; to: string; heads: number }
  | {
      kind: 'heavy-help';
      action: 'review-help';
      name: string | null;
      helped: string | null;
      to: string;
      exchanges: number;
      minutes: number;
    }
  | { kind: 'unanswered-post'; action: 'suggest-match'; name: string | null; to: string; post: string; title: string }
  | {
      kind: 'unanswered-response';
      action: 'remind-author';
      name: string | null;
      responder: string | null;
      to: string;
      post: string;
      title: string;
    }
  | { kind: 'via-coordinator'; action: 'suggest-match'; name: string | null; to: string; post: string; title: string };

export function flagLines(view: SessionView, now = Date.now()): FlagLine[] {
  const state = view.memberState;
  if (!state) return [];
  return flagsOf(state, now).map((flag): FlagLine => {
    switch (flag.kind) {
      case 'over-limit':
        return { ...flag, name: nameOf(state, flag.member), to: flag.member };
      case 'fork':
        return { kind: flag.kind, action: flag.action, name: nameOf(state, flag.member), to: flag.member };
      case 'over-forked':
        return {
          kind: flag.kind,
          action: flag.action,
          name: nameOf(state, flag.member),
          to: flag.member,
          heads: flag.heads,
        };
      case 'heavy-help':
        return {
          kind: flag.kind,
          action: flag.action,
          name: nameOf(state, flag.helper),
          helped: nameOf(state, flag.helped),
          to: flag.helper,
          exchanges: flag.exchanges,
          minutes: flag.minutes,
        };
      case 'unanswered-response':
        return {
          kind: flag.kind,
          action: flag.action,
          name: nameOf(state, flag.author),
          responder: nameOf(state, flag.responder),
          to: flag.author,
          post: flag.post,
          title: postTitleOf(state, flag.post) ?? '',
        };
      default:
        return {
          kind: flag.kind,
          action: flag.action,
          name: nameOf(state, flag.author),
          to: flag.author,
          post: flag.post,
          title: postTitleOf(state, flag.post) ?? '',
        };
    }
  });
}
