// The board's search as an index: every post's searchable text folded once (case and
// accents away), when the posts change, not on every keystroke; and while someone types
// on (the new query extends the last), only the last answer's posts are looked at again,
// since a post that lacked "koffi" cannot have "koffie".
import { searchable } from './searchable.ts';
import type { PostRow } from './tableRows.ts';

export interface PostQuery {
  query: string;
  kind: 'all' | 'request' | 'offer';
  category: string;
}

export class PostSearchIndex {
  private readonly posts: readonly PostRow[];
  private readonly folded: string[];
  private last: { key: string; query: string; found: number[] } | null = null;

  /** `posts` in the order answers keep; `wordsOf` adds words a post can be found by. */
  constructor(posts: readonly PostRow[], wordsOf: (post: PostRow) => string) {
    this.posts = posts;
    this.folded = posts.map((post) => foldedText(post, wordsOf(post)));
  }

  find({ query, kind, category }: PostQuery): PostRow[] {
    const folded = searchable(query);
    const words = folded.split(/\s+/).filter(Boolean);
    const key = `${kind} ${category}`;
    const last = this.last;
    const candidates =
      last && last.key === key && folded.startsWith(last.query) ? last.found : this.posts.map((_, i) => i);
    const found = candidates.filter((i) => {
      const post = this.posts[i] as PostRow;
      if (kind !== 'all' && post.kind !== kind) return false;
      if (category && post.category !== category) return false;
      const text = this.folded[i] as string;
      return words.every((word) => text.includes(word));
    });
    this.last = { key, query: folded, found };
    return found.map((i) => this.posts[i] as PostRow);
  }
}

/**
 * A post's folded text, per row object: when one new post arrives the board makes a new
 * index, and only that post (or one whose author's name changed) is folded again.
 */
const foldedOnce = new WeakMap<PostRow, { words: string; folded: string }>();

function foldedText(post: PostRow, words: string): string {
  const kept = foldedOnce.get(post);
  if (kept?.words === words) return kept.folded;
  const folded = searchable(`${post.title} ${post.text} ${post.area} ${post.category} ${words}`);
  foldedOnce.set(post, { words, folded });
  return folded;
}
