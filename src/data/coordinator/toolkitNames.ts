// How the coordinator's pages name people and posts: the profile's name, else the name
// given at enrolment, else the name in the join request this coordinator's device opened.
import { memberName } from '../../core/state/memberName.ts';
import type { MemberKey, NetworkState } from '../../core/state/NetworkState.ts';

export function nameOf(state: NetworkState, key: MemberKey | null): string | null {
  if (key === null) return null;
  const member = state.members.get(key);
  return member ? memberName(member) || null : null;
}

export function postTitleOf(state: NetworkState, id: string | null): string | null {
  return id === null ? null : (state.posts.get(id)?.title ?? null);
}

/** What a `hide-post` hid: a post's, story's or plan's title, a thank-you's two names. */
export function hiddenTitleOf(state: NetworkState, id: string | null): string | null {
  if (id === null) return null;
  const titled = state.posts.get(id) ?? state.stories.get(id) ?? state.plans.get(id);
  if (titled) return titled.title;
  const thanks = state.thanks.get(id);
  if (thanks) return `${nameOf(state, thanks.from) ?? '?'} → ${nameOf(state, thanks.to) ?? '?'}`;
  return null;
}
