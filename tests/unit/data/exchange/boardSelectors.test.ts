// The one rule for what a board shows, fed plain rows: the members' board and the kiosk's
// both read it, so a paused neighbour's posts are off both (the kiosk once showed them).
import { describe, expect, it } from 'vitest';
import { openPostsBy, visiblePosts } from '../../../../src/data/exchange/index.ts';
import { kioskBoardPosts } from '../../../../src/data/kiosk/index.ts';
import type { MemberRow, PostRow } from '../../../../src/data/store/index.ts';

const now = 1_800_000_000_000;
const day = 24 * 3600_000;

function post(id: string, author: string, fields: Partial<PostRow> = {}): PostRow {
  return {
    id,
    author,
    via: null,
    created: now - 1000,
    updated: now - 1000,
    status: 'open',
    hiddenReason: null,
    kind: 'request',
    title: id,
    text: '',
    category: 'garden',
    area: '',
    minutes: 60,
    expires: now + 3600_000,
    viaCoordinator: false,
    ...fields,
  };
}

const members = (entries: [string, string][]) =>
  new Map<string, Pick<MemberRow, 'status'>>(entries.map(([key, status]) => [key, { status }]));

describe('visiblePosts', () => {
  it("leaves a suspended neighbour's posts off the board, and brings them back with the neighbour", () => {
    const posts = [post('anna', 'A'), post('dina', 'D')];
    expect(
      visiblePosts(
        posts,
        members([
          ['A', 'admitted'],
          ['D', 'suspended'],
        ]),
        'kiosk',
        now,
      ).map((p) => p.id),
    ).toEqual(['anna']);
    expect(
      visiblePosts(
        posts,
        members([
          ['A', 'admitted'],
          ['D', 'admitted'],
        ]),
        'kiosk',
        now,
      ),
    ).toHaveLength(2);
  });

  it('shows open, unexpired posts of others, newest first', () => {
    const posts = [
      post('old', 'A', { created: now - 5000 }),
      post('new', 'A', { created: now - 10 }),
      post('expired', 'A', { expires: now }),
      post('closed', 'A', { status: 'done' }),
      post('hidden', 'A', { status: 'hidden', hiddenReason: 'spam' }),
    ];
    expect(visiblePosts(posts, members([['A', 'admitted']]), 'me', now).map((p) => p.id)).toEqual(['new', 'old']);
  });

  it("keeps the viewer's own posts when hidden or expired, so they see why, but not once closed", () => {
    const posts = [
      post('hidden', 'me', { status: 'hidden', hiddenReason: 'spam' }),
      post('expired', 'me', { expires: now - 1 }),
      post('closed', 'me', { status: 'done' }),
      // Lapsed: expired more than 90 days ago, let go by a checkpoint (protocol.md §4.8).
      post('lapsed', 'me', { expires: now - 91 * day }),
    ];
    expect(visiblePosts(posts, members([['me', 'admitted']]), 'me', now).map((p) => p.id)).toEqual([
      'hidden',
      'expired',
    ]);
  });

  it('shows a post whose author is not known yet (the view is still reading members)', () => {
    expect(visiblePosts([post('x', 'stranger')], members([]), 'me', now)).toHaveLength(1);
  });

  it('does not change the list it is given', () => {
    const posts = [post('a', 'A', { created: 1 }), post('b', 'A', { created: 2 })];
    visiblePosts(posts, members([]), 'me', now);
    expect(posts.map((p) => p.id)).toEqual(['a', 'b']);
  });
});

describe('openPostsBy', () => {
  it("is the author's open posts only, newest first", () => {
    const posts = [
      post('first', 'G', { created: 1 }),
      post('second', 'G', { created: 2 }),
      post('done', 'G', { status: 'done' }),
      post('lapsed', 'G', { expires: now - 91 * day }),
      post('other', 'A'),
    ];
    expect(openPostsBy(posts, 'G', now).map((p) => p.id)).toEqual(['second', 'first']);
  });
});

describe('kioskBoardPosts', () => {
  it("lists this neighbourhood's posts, not a linked neighbourhood's shared ones (nobody at the kiosk can answer them)", () => {
    const posts = [post('anna', 'A'), post('bob', 'B', { across: { link: 'L', place: 'Transvaal', name: 'Bob' } })];
    expect(kioskBoardPosts(posts, members([['A', 'admitted']]), 'K', now).map((p) => p.id)).toEqual(['anna']);
    expect(visiblePosts(posts, members([['A', 'admitted']]), 'K', now)).toHaveLength(2);
  });
});
