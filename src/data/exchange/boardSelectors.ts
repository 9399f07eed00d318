// Which posts a board shows, as pure functions of the view's rows: one rule for the
// members' board and the kiosk's, so the two cannot drift apart again (the kiosk once
// kept showing a paused neighbour's posts that the members' board hid).
import { postLapsed } from '../../core/checkpoint/postLapse.ts';
import type { MemberRow, PostRow } from '../store/tableRows.ts';

/**
 * The posts a board shows to `viewer`, newest first: open and not expired; a paused
 * (suspended) neighbour's posts wait off the board until they are back. The viewer's own
 * posts stay, also once expired or hidden by a coordinator, so they can see why, until
 * the post lapses: a checkpoint then lets it go and it can no longer be changed (§4.8).
 */
export function visiblePosts(
  posts: readonly PostRow[],
  members: ReadonlyMap<string, Pick<MemberRow, 'status'>>,
  viewer: string,
  now: number,
): PostRow[] {
  return posts
    .filter((post) => {
      if (post.author === viewer) return (post.status === 'open' || post.status === 'hidden') && !postLapsed(post, now);
      if (members.get(post.author)?.status === 'suspended') return false;
      return post.status === 'open' && post.expires > now;
    })
    .sort((a, b) => b.created - a.created);
}

/** The author's own posts that are still open and not lapsed, newest first (the card member's list). */
export function openPostsBy(posts: readonly PostRow[], author: string, now: number): PostRow[] {
  return posts
    .filter((post) => post.author === author && post.status === 'open' && !postLapsed(post, now))
    .sort((a, b) => b.created - a.created);
}
