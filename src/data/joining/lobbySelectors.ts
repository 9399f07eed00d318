// Named reads of the lobby, for a newcomer: the network it shows, and how far the join is.
import { defaultCategories } from '../../core/categories.ts';
import type { Bodies } from '../../core/entry/bodies.ts';
import { openDeclineNote } from '../../core/sealing.ts';
import { holdsMemberRoom } from '../session/SessionPhase.ts';
import type { SessionView } from '../session/SessionView.ts';

export type NetworkSettings = Bodies['genesis'];

/**
 * The network the invite opened: the lobby's genesis, or once admitted (a newcomer then
 * leaves the lobby) the member room's.
 */
export function lobbyNetwork(view: SessionView): NetworkSettings | null {
  return view.lobbyView?.genesis ?? view.memberState?.genesis ?? null;
}

export function lobbyCategories(view: SessionView): string[] {
  return view.lobbyView?.genesis?.categories ?? [...defaultCategories];
}

/**
 * How far this device's join is: admitted and holding the member room; sent (and maybe
 * answered, on its way in); queued until the lobby shows the network; declined; or not
 * asked yet.
 */
export type JoinProgress = 'member' | 'sent' | 'queued' | 'declined' | 'not-asked';

export function joinProgress(view: SessionView): JoinProgress {
  if (holdsMemberRoom(view.phase)) return 'member';
  const status = view.lobbyView?.statusOf(view.me).kind ?? 'unknown';
  if (status === 'pending' || status === 'admitted') return 'sent';
  if (status === 'unknown') return view.record.details !== null ? 'queued' : 'not-asked';
  return 'declined';
}

/** Was this device's request set aside with a flood (rather than declined by name)? */
export function joinSetAside(view: SessionView): boolean {
  const status = view.lobbyView?.statusOf(view.me);
  return status?.kind === 'declined' && status.setAside;
}

/** The coordinator's kind word with a decline, if there is one and it opens. */
export function declineNote(view: SessionView): string | null {
  const status = view.lobbyView?.statusOf(view.me);
  if (status?.kind !== 'declined' || !status.note) return null;
  return openDeclineNote(status.note, view.identity, view.net);
}
