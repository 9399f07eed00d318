// Named reads of one post and who responded to it, from the member room's state.
import { respondersOf } from '../../core/state/exchange.ts';
import type { Post } from '../../core/state/NetworkState.ts';
import type { SessionView } from '../session/SessionView.ts';

export type { Post };

export function postById(view: SessionView, postId: string): Post | null {
  return view.memberState?.posts.get(postId) ?? null;
}

/** Members who responded to the post, other than its author. */
export function respondersTo(view: SessionView, postId: string): string[] {
  const state = view.memberState;
  const post = state?.posts.get(postId);
  return state && post ? respondersOf(state, post) : [];
}
