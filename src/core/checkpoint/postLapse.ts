// When a post stops showing and when it has lapsed (docs/protocol.md §4.8). It shows until its
// `expires`, but never longer than six months after it was last written (`updated`): the
// editor offers at most six months, the TimeOverflow import 182 days, and a post that
// claims 2100 would otherwise be carried by every checkpoint for ever. It lapses 90 days
// after it stopped showing: a checkpoint whose `until` is later no longer carries it, so
// nothing after the checkpoint can update it; its author writes a new post. The board stops
// offering it to its author then too.

export const lapsesAfterDays = 90;
/** The longest a post shows after it was last written, in days (six months and a day or two). */
export const longestShowingDays = 183;
const day = 24 * 60 * 60 * 1000;

/** When a post stops showing: its `expires`, or six months after it was last written if that is sooner. */
export function postShowsUntil(post: { expires: number; updated: number }): number {
  return Math.min(post.expires, post.updated + longestShowingDays * day);
}

/** Has a post lapsed by `at`? */
export function postLapsed(post: { expires: number; updated: number }, at: number): boolean {
  return postShowsUntil(post) < at - lapsesAfterDays * day;
}
