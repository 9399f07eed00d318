// Named reads for the coordinator: join requests waiting in the lobby, opened with this
// device's key, and what is worth a look.
import type { JoinRequest } from '../../core/lobby.ts';
import { orderRequests } from '../../core/requestOrder.ts';
import { type JoinDetails, openJoinDetails } from '../../core/sealing.ts';
import { flagsOf } from '../../core/state/flags.ts';
import type { SessionView } from '../session/SessionView.ts';
import { nameOf, postTitleOf } from './toolkitNames.ts';

export type { JoinDetails };

export interface WaitingRequest {
  join: JoinRequest;
  /** The newcomer's details; null when they are not sealed to this coordinator. */
  details: JoinDetails | null;
  /** Where the newcomer was met in person (`met`): first in the list, with a label. */
  met: 'kiosk' | 'coordinator' | null;
}

function metOf(view: SessionView, join: JoinRequest): WaitingRequest['met'] {
  const met = view.memberState?.met.get(join.id);
  return met ? (met.atKiosk ? 'kiosk' : 'coordinator') : null;
}

/** The requests shown at first and added by each "show more"; search looks through all of them. */
export const requestsShown = 25;

// Opening a request costs an X25519: once per request, not once per render. The sealed box
// is the entry's own object, kept by the ledger, so it is a stable key.
const opened = new WeakMap<object, JoinDetails | null>();

function detailsOf(view: SessionView, join: JoinRequest): JoinDetails | null {
  if (!opened.has(join.sealed)) {
    opened.set(join.sealed, openJoinDetails(join.sealed, view.identity, view.net, join.publicKey));
  }
  return opened.get(join.sealed) ?? null;
}

// The order is worked out once per lobby view (and member room's `met`s), not once per
// keystroke in the search field.
const ordered = new WeakMap<object, { met: unknown; list: JoinRequest[] }>();

/** Every waiting request in the coordinator's order (src/core/requestOrder.ts). */
export function orderedRequests(view: SessionView, now = Date.now()): JoinRequest[] {
  const lobby = view.lobbyView;
  if (!lobby) return [];
  const met = view.memberState?.met;
  const known = ordered.get(lobby);
  if (known && known.met === met) return known.list;
  const list = orderRequests(lobby.pending, {
    base: lobby.genesis?.joinWork ?? 0,
    load: lobby.load,
    arrivals: lobby.arrivals,
    now,
    met,
  });
  ordered.set(lobby, { met, list });
  return list;
}

/** Folds case and accents, so "Ozturk" finds "Öztürk". */
export function searchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase()
    .trim();
}

export interface RequestPage {
  /** The requests shown: the first `limit` of those that match. */
  shown: WaitingRequest[];
  /** How many match (all of them when there is no search). */
  matching: number;
  /** Requests a search has not looked into yet: their details are still being opened. */
  unopened: number;
}

/**
 * Opens the details of every waiting request, a slice of about `sliceMs` at a time with
 * `pause` between slices (an X25519 each: a few thousand would hold the page for seconds).
 * `onSlice` after each slice, so a search shows what it found so far.
 */
export async function openRequestsInSlices(
  view: SessionView,
  pause: () => Promise<void>,
  onSlice: () => void,
  sliceMs = 8,
): Promise<void> {
  let started = performance.now();
  for (const join of orderedRequests(view)) {
    if (opened.has(join.sealed)) continue;
    detailsOf(view, join);
    if (performance.now() - started > sliceMs) {
      onSlice();
      await pause();
      started = performance.now();
    }
  }
  onSlice();
}

/**
 * The waiting requests that match `query` (in the name or street, opened with this
 * device's key), the first `limit` of them. Search looks through every request whose
 * details are opened (openRequestsInSlices opens them all): no flood puts a real newcomer
 * out of its reach.
 */
export function requestPage(view: SessionView, query: string, limit = requestsShown): RequestPage {
  const needle = searchText(query);
  const all = orderedRequests(view);
  if (!needle) {
    const shown = all.slice(0, limit).map((join) => ({ join, details: detailsOf(view, join), met: metOf(view, join) }));
    return { shown, matching: all.length, unopened: 0 };
  }
  const matches: WaitingRequest[] = [];
  let unopened = 0;
  for (const join of all) {
    // Only what is opened already: openRequestsInSlices opens the rest without holding the page.
    if (!opened.has(join.sealed)) {
      unopened++;
      continue;
    }
    const details = opened.get(join.sealed) ?? null;
    if (!details) continue;
    if (searchText(details.name).includes(needle) || searchText(details.area).includes(needle)) {
      matches.push({ join, details, met: metOf(view, join) });
    }
  }
  return { shown: matches.slice(0, limit), matching: matches.length, unopened };
}

/** The first requests, in the coordinator's order. */
export function waitingRequests(view: SessionView): WaitingRequest[] {
  return requestPage(view, '').shown;
}

/** How many requests wait beyond those shown at first. */
export function moreRequests(view: SessionView): number {
  return Math.max(0, (view.lobbyView?.pending.length ?? 0) - requestsShown);
}

/**
 * What "set aside every request until now" would set aside: every request waiting now.
 * `before` is the latest time any of them claims (at least now), so that one dated a few
 * minutes ahead is not left standing.
 */
export function setAsideScope(view: SessionView, now = Date.now()): { before: number; count: number } {
  const pending = view.lobbyView?.pending ?? [];
  let before = now;
  for (const join of pending) before = Math.max(before, join.time);
  return { before, count: pending.length };
}

/**
 * One thing worth a look, with what to do about it (src/core/state/flags.ts): names and
 * titles filled in, the rest as the core gives it. `to` is whom a kind message goes to.
 */
export type FlagLine =
  | { kind: 'false-checkpoint'; action: 'talk'; name: string | null; to: string; part: number; checkpoint: string }
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
      case 'false-checkpoint':
        return {
          kind: flag.kind,
          action: flag.action,
          name: nameOf(state, flag.member),
          to: flag.member,
          part: flag.part,
          checkpoint: flag.checkpoint,
        };
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
