// Instant search over the board: every word must appear, ignoring case and accents
// ("cafe" finds "café", "CREME" finds "crème"), in Dutch and English alike.
import type { PostRow } from './tableRows.ts';

export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export interface PostFilter {
  query: string;
  kind: 'all' | 'request' | 'offer';
  category: string;
  /** Extra words a post can be found by: its category's label, its author's name. */
  wordsOf: (post: PostRow) => string;
}

export function filterPosts(posts: readonly PostRow[], filter: PostFilter): PostRow[] {
  const words = searchable(filter.query).split(/\s+/).filter(Boolean);
  return posts.filter((post) => {
    if (filter.kind !== 'all' && post.kind !== filter.kind) return false;
    if (filter.category && post.category !== filter.category) return false;
    if (words.length === 0) return true;
    const haystack = searchable(`${post.title} ${post.text} ${post.area} ${post.category} ${filter.wordsOf(post)}`);
    return words.every((word) => haystack.includes(word));
  });
}
