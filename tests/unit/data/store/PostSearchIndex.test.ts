import { describe, expect, it } from 'vitest';
import type { PostRow } from '../../../../src/data/store/index.ts';
import { PostSearchIndex } from '../../../../src/data/store/index.ts';

const post = (title: string, kind: PostRow['kind'] = 'request'): PostRow => ({
  id: title,
  author: 'a',
  via: null,
  kind,
  title,
  text: '',
  category: 'tuin',
  area: '',
  minutes: 0,
  expires: 0,
  viaCoordinator: false,
  created: 0,
  updated: 0,
  status: 'open',
  hiddenReason: null,
});

const posts = [post('Koffie drinken'), post('Koken voor twee', 'offer'), post('Kapot fietsslot')];
const titles = (found: PostRow[]) => found.map((p) => p.title);
const find = (index: PostSearchIndex, query: string, kind: 'all' | 'request' | 'offer' = 'all') =>
  titles(index.find({ query, kind, category: '' }));

describe('PostSearchIndex', () => {
  it('answers typing on, deleting and retyping the same as a fresh search', () => {
    const index = new PostSearchIndex(posts, () => '');
    expect(find(index, 'k')).toEqual(['Koffie drinken', 'Koken voor twee', 'Kapot fietsslot']);
    expect(find(index, 'ko')).toEqual(['Koffie drinken', 'Koken voor twee']);
    expect(find(index, 'kof')).toEqual(['Koffie drinken']);
    // Backspace: the last answer is narrower than the new one; the whole index is read again.
    expect(find(index, 'ko')).toEqual(['Koffie drinken', 'Koken voor twee']);
    expect(find(index, 'ko twee')).toEqual(['Koken voor twee']);
    expect(find(index, '')).toHaveLength(3);
  });

  it('does not carry an answer over to another kind', () => {
    const index = new PostSearchIndex(posts, () => '');
    expect(find(index, 'ko', 'request')).toEqual(['Koffie drinken']);
    expect(find(index, 'kok', 'offer')).toEqual(['Koken voor twee']);
  });

  it('finds posts by the extra words it was given, folded', () => {
    const index = new PostSearchIndex(posts, (p) => (p.kind === 'offer' ? 'Crème' : ''));
    expect(find(index, 'CREME')).toEqual(['Koken voor twee']);
  });
});
