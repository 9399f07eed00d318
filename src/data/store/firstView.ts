// The board's first screen from what this device holds at rest: the newest posts and the
// members the view's last finished projection wrote, read before the session opens the
// doc (docs/benchmarks.md, figure 2). Its own small module, loaded next to the board's
// code, so the read runs while that code is still arriving.
import { NetworkDatabase } from './NetworkDatabase.ts';
import type { MemberRow, PostRow } from './tableRows.ts';

/** Enough to fill the first screen of both columns. */
export const firstPostCount = 60;

export interface FirstView {
  /** The newest posts of the view, newest first. */
  posts: PostRow[];
  members: MemberRow[];
}

/** One read of the view, in one transaction; its own connection, closed after. */
export async function readFirstView(networkId: string): Promise<FirstView> {
  const db = new NetworkDatabase(networkId);
  try {
    return await db.transaction('r', db.posts, db.members, async () => ({
      posts: await db.posts.orderBy('created').reverse().limit(firstPostCount).toArray(),
      members: await db.members.toArray(),
    }));
  } finally {
    db.close();
  }
}
