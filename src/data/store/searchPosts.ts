// Instant search over the board: every word must appear, ignoring case and accents
// ("cafe" finds "café", "CREME" finds "crème"), in Dutch and English alike.
import { PostSearchIndex } from './PostSearchIndex.ts';
import { searchable } from './searchable.ts';
import type { PostRow } from './tableRows.ts';

export { searchable };

export interface PostFilter {
  query: string;
  kind: 'all' | 'request' | 'offer';
  category: string;
  /** Extra words a post can be found by: its category's label, its author's name. */
  wordsOf: (post: PostRow) => string;
}

/** One search, without keeping an index (PostSearchIndex keeps one across keystrokes). */
export function filterPosts(posts: readonly PostRow[], filter: PostFilter): PostRow[] {
  return new PostSearchIndex(posts, filter.wordsOf).find(filter);
}
