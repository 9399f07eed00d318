// hide-post: a coordinator takes a post off the board, with a reason; once per post.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const hidePost: AuthorityRule<'hide-post'> = {
  kind: 'authority',
  body: bodyReaders['hide-post'],
  writer: 'coordinator',
  act(state, entry) {
    if (state.hiddenPosts.has(toBase64Url(entry.body.post))) return 'already-decided';
    state.hiddenPosts.set(toBase64Url(entry.body.post), entry.body.reason);
    return null;
  },
};
