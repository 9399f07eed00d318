// The posts of the board as signals: the newest few first (a few ms from IndexedDB), then
// all of them, then kept in step with what the session writes. A year holds thousands of
// posts; reading them all again for every new post cost each device hundreds of ms.
import { type Accessor, createSignal, onCleanup } from 'solid-js';
import type { NetworkSession } from '../../data/session/index.ts';
import { firstPostCount } from '../../data/store/firstView.ts';
import type { PostRow, PostRowsWritten } from '../../data/store/index.ts';
import { keptRows, sameRow } from './keptRows.ts';

/**
 * `newest`: the newest posts, already read from the view before the session opened
 * (FirstBoard.tsx); shown until the whole table is read, not read again.
 */
export function followPosts(
  session: NetworkSession,
  newest?: PostRow[],
): {
  posts: Accessor<PostRow[]>;
  allRead: Accessor<boolean>;
  /** Posts still being checked (a new device's first sync): for the board alone, marked. */
  checking: Accessor<readonly PostRow[]>;
} {
  const [posts, setPosts] = createSignal<PostRow[]>(newest ?? []);
  const [allRead, setAllRead] = createSignal(false);
  const [checking, setChecking] = createSignal<readonly PostRow[]>([]);
  onCleanup(session.onCheckingPosts(setChecking));
  let byId: Map<string, PostRow> | null = null;
  // What was written while the whole table was being read: applied after it, in order,
  // so the copy ends at the newest row whichever the read saw.
  const waiting: PostRowsWritten[] = [];
  const apply = (known: Map<string, PostRow>, written: PostRowsWritten) => {
    if (written.cleared) known.clear();
    for (const id of written.removed) known.delete(id);
    for (const row of written.put) {
      const old = known.get(row.id);
      known.set(row.id, old && sameRow(old, row) ? old : row);
    }
  };
  onCleanup(
    session.onPostRows((written) => {
      if (!byId) {
        waiting.push(written);
        return;
      }
      apply(byId, written);
      setPosts([...byId.values()]);
    }),
  );
  const problem = (error: unknown) => console.error(error);
  if (!newest) {
    session.db.posts
      .orderBy('created')
      .reverse()
      .limit(firstPostCount)
      .toArray()
      .then((rows) => {
        if (!byId) setPosts(rows);
      }, problem);
  }
  session.db.posts.toArray().then((all) => {
    // The rows on screen (the first view's) keep their cards where they did not change.
    const known = new Map(keptRows(posts(), all).map((row) => [row.id, row]));
    for (const written of waiting.splice(0)) apply(known, written);
    byId = known;
    setPosts([...known.values()]);
    setAllRead(true);
  }, problem);
  return { posts, allRead, checking };
}
