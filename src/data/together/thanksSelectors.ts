// What the thank-you board shows, and the thanks of one member with both sides' say.
import type { Thanks } from '../../core/state/NetworkState.ts';
import { showsFor, thanksBoard } from '../../core/state/thanksBoard.ts';
import type { SessionView } from '../session/SessionView.ts';

/** The thanks on the board now: both sides said show, no coordinator hid it. */
export function boardThanks(view: SessionView): Thanks[] {
  return view.memberState ? thanksBoard(view.memberState) : [];
}

export interface MyThanks extends Thanks {
  /** My latest say; undefined while I said nothing. */
  mine: boolean | undefined;
  /** The other side's latest say. */
  theirs: boolean | undefined;
  hidden: boolean;
}

/** The thanks this member gave or received, newest first, with both sides' say. */
export function myThanks(view: SessionView): MyThanks[] {
  const state = view.memberState;
  if (!state) return [];
  const me = view.memberKey;
  return [...state.thanks.values()]
    .filter((thanks) => thanks.from === me || thanks.to === me)
    .map((thanks) => ({
      ...thanks,
      mine: showsFor(state, thanks.id, me),
      theirs: showsFor(state, thanks.id, thanks.from === me ? thanks.to : thanks.from),
      hidden: state.hiddenPosts.has(thanks.id),
    }))
    .sort((a, b) => b.time - a.time);
}
