// post-update: a post's author changes its fields. The latest update (by time, then id)
// wins; it waits for the post it names.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { isLater } from '../state/Order.ts';
import { absent, type OrdinaryRule } from './EntryRule.ts';

export const postUpdate: OrdinaryRule<'post-update'> = {
  kind: 'ordinary',
  body: bodyReaders['post-update'],
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
    if (post && isLater(order, post.updatedFrom)) {
      const { post: _target, ...fields } = entry.body;
      Object.assign(post, fields, { updated: entry.time, updatedFrom: order });
    }
  },
};
