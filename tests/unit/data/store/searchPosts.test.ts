import { describe, expect, it } from 'vitest';
import type { PostRow } from '../../../../src/data/store/index.ts';
import { filterPosts, searchable } from '../../../../src/data/store/index.ts';

const post = (fields: Partial<PostRow>): PostRow => ({
  id: Math.random().toString(36),
  author: 'a',
  via: null,
  kind: 'request',
  title: '',
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
  ...fields,
});

const posts = [
  post({ title: 'Crème brûlée leren maken', category: 'koken', kind: 'offer' }),
  post({ title: 'Hulp bij de HEG', text: 'Ligusterhaag aan de Molenweg' }),
  post({ title: 'Mee naar het café', category: 'bezoek' }),
];
const filter = {
  query: '',
  kind: 'all' as const,
  category: '',
  wordsOf: (p: PostRow) => (p.category === 'koken' ? 'Cooking' : ''),
};

describe('filterPosts', () => {
  it('ignores case and accents', () => {
    expect(searchable('Crème BRÛLÉE')).toBe('creme brulee');
    expect(filterPosts(posts, { ...filter, query: 'creme' }).map((p) => p.title)).toEqual(['Crème brûlée leren maken']);
    expect(filterPosts(posts, { ...filter, query: 'heg' })).toHaveLength(1);
    expect(filterPosts(posts, { ...filter, query: 'CAFÉ' })).toHaveLength(1);
  });

  it('needs every word, and searches text, area and the extra words', () => {
    expect(filterPosts(posts, { ...filter, query: 'heg molenweg' })).toHaveLength(1);
    expect(filterPosts(posts, { ...filter, query: 'heg markt' })).toHaveLength(0);
    expect(filterPosts(posts, { ...filter, query: 'cooking' })).toHaveLength(1);
  });

  it('filters by kind and category', () => {
    expect(filterPosts(posts, { ...filter, kind: 'offer' })).toHaveLength(1);
    expect(filterPosts(posts, { ...filter, category: 'bezoek' })).toHaveLength(1);
  });
});
