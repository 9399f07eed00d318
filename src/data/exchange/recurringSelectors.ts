// Help that comes back (together §7): the date two neighbours agreed to look at how it goes,
// and the kind reminder on both their boards once that date has come.
import type { Recurring } from '../../core/state/togetherRecords.ts';
import { nameOf } from '../coordinator/toolkitNames.ts';
import type { SessionView } from '../session/SessionView.ts';

export type { Recurring };

/** The arrangement between this device's member and `other` on the post, or null. */
export function recurringWith(view: SessionView, postId: string, other: string): Recurring | null {
  const me = view.memberKey;
  const pair = me < other ? `${me} ${other}` : `${other} ${me}`;
  return view.memberState?.recurring.get(`${postId} ${pair}`) ?? null;
}

export interface ReviewDue {
  post: string;
  title: string;
  other: string;
  /** The other's name, or null when they have none yet. */
  name: string | null;
  review: number;
}

/** Arrangements of this member whose review date has come and that have not ended: oldest first. */
export function reviewsDue(view: SessionView, now: number): ReviewDue[] {
  const state = view.memberState;
  if (!state) return [];
  const me = view.memberKey;
  const due: ReviewDue[] = [];
  for (const arrangement of state.recurring.values()) {
    if (!arrangement.pair.includes(me) || arrangement.review > now) continue;
    if (arrangement.ends !== null && arrangement.ends <= now) continue;
    const post = state.posts.get(arrangement.post);
    const other = arrangement.pair[0] === me ? arrangement.pair[1] : arrangement.pair[0];
    if (post)
      due.push({ post: post.id, title: post.title, other, name: nameOf(state, other), review: arrangement.review });
  }
  return due.sort((a, b) => a.review - b.review);
}
