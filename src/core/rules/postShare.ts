// post-share: a post's author shares it across a link (docs/protocol-links.md §3): the
// post, its later updates and its close cross, with the author's display name and box
// keys. Only while the network's policy allows it, and only in the terms' categories.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { absent, type OrdinaryRule } from './EntryRule.ts';
import { keepForLink, liveLink } from './linkHelpers.ts';

export const postShare: OrdinaryRule<'post-share'> = {
  kind: 'ordinary',
  body: bodyReaders['post-share'],
  reference: (entry) => entry.body.post,
  refusal(state, entry, { me }) {
    const id = toBase64Url(entry.body.post);
    const post = state.posts.get(id);
    if (!post) return absent(state, id);
    if (post.author !== me) return 'not-author';
    const link = liveLink(state, entry.body.link);
    if (typeof link === 'string') return link;
    if (!state.policy.shareAcross) return 'not-shared';
    return inTerms(link.terms.categories, post.category) ? null : 'not-shared';
  },
  apply(state, entry, { id }) {
    keepForLink(state, id, entry);
  },
  inPlace: () => false,
};

/** Is a post of this category shared under these terms? No categories: every category. */
export function inTerms(categories: readonly string[], category: string): boolean {
  return categories.length === 0 || categories.includes(category);
}
