// post-close: a post's author closes it, done or withdrawn. The latest close (by time,
// then id) says which; it waits for the post it names.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { isLater } from '../state/Order.ts';
import { absent, type OrdinaryRule } from './EntryRule.ts';

export const postClose: OrdinaryRule<'post-close'> = {
  kind: 'ordinary',
  body: bodyReaders['post-close'],
  reference: (entry) => entry.body.post,
  refusal(state, entry, { me }) {
    const id = toBase64Url(entry.body.post);
    const post = state.posts.get(id);
    if (!post) return absent(state, id);
    // Only one's own post.
    return post.author === me ? null : 'not-author';
  },
  apply(state, entry, { order }) {
    const post = state.posts.get(toBase64Url(entry.body.post));
    if (post && (!post.closedFrom || isLater(order, post.closedFrom))) {
      post.status = entry.body.reason;
      post.closedFrom = order;
    }
  },
};
