// The thank-you board (docs/protocol-together.md §4): a thank-you shows only while both of
// its people's latest consent says show, and no coordinator hid it.
import type { EntryIdText, MemberKey, NetworkState, Thanks } from './NetworkState.ts';

/** A side's latest say on showing a thank-you: undefined until it said anything. */
export function showsFor(state: NetworkState, thanks: EntryIdText, member: MemberKey): boolean | undefined {
  return state.thanksShown.get(`${thanks} ${member}`)?.show;
}

/** Whether this thank-you is on the board now. */
export function onBoard(state: NetworkState, thanks: Thanks): boolean {
  if (state.hiddenPosts.has(thanks.id)) return false;
  return showsFor(state, thanks.id, thanks.from) === true && showsFor(state, thanks.id, thanks.to) === true;
}

/** The thanks on the board, newest first. */
export function thanksBoard(state: NetworkState): Thanks[] {
  return [...state.thanks.values()]
    .filter((thanks) => onBoard(state, thanks))
    .sort((a, b) => b.time - a.time || (a.id < b.id ? 1 : -1));
}
