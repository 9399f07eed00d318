// When a post has lapsed (docs/protocol.md §4.8): 90 days after it expired. A checkpoint
// whose `until` is later no longer carries it, so nothing after the checkpoint can update
// it; its author writes a new post. The board stops offering it to its author then too.

export const lapsesAfterDays = 90;
const lapsesAfter = lapsesAfterDays * 24 * 60 * 60 * 1000;

/** Has a post that expires at `expires` lapsed by `at`? */
export function postLapsed(post: { expires: number }, at: number): boolean {
  return post.expires < at - lapsesAfter;
}
