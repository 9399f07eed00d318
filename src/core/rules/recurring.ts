// recurring: help that comes back gets a date to look together at how it goes, and maybe an
// end (docs/protocol-together.md §7). Written by the post's author or the neighbour they
// help, about the two of them; either side's latest (by time, then id) counts for both. It
// moves no hours and refuses nothing else, so a claimed time decides only a reminder.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { isMember } from '../state/membership.ts';
import { isLater } from '../state/Order.ts';
import { absent, type OrdinaryRule } from './EntryRule.ts';

/** A review date at most about six months after the entry: help is looked at kindly and often. */
export const maxReviewAfterMs = 183 * 24 * 60 * 60 * 1000;

export const recurring: OrdinaryRule<'recurring'> = {
  kind: 'ordinary',
  body: bodyReaders.recurring,
  reference: (entry) => entry.body.post,
  refusal(state, entry, { me }) {
    const postId = toBase64Url(entry.body.post);
    const post = state.posts.get(postId);
    if (!post) return absent(state, postId);
    const other = toBase64Url(entry.body.with);
    if (other === me) return 'self';
    if (!isMember(state, other)) return 'unknown-member';
    // Between the post's author and someone else: nobody sets a date for two others.
    if (me !== post.author && other !== post.author) return 'not-party';
    // An end may lie in the past: that is how either side stops.
    const { review } = entry.body;
    return review <= entry.time || review > entry.time + maxReviewAfterMs ? 'mismatch' : null;
  },
  apply(state, entry, { author, order }) {
    const other = toBase64Url(entry.body.with);
    const pair: [string, string] = author < other ? [author, other] : [other, author];
    const post = toBase64Url(entry.body.post);
    const key = `${post} ${pair[0]} ${pair[1]}`;
    const known = state.recurring.get(key);
    if (known && !isLater(order, known.from)) return;
    state.recurring.set(key, { post, pair, review: entry.body.review, ends: entry.body.ends, from: order, by: author });
  },
};
