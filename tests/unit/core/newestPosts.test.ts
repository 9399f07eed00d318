// What a device sends a new device first (src/core/entry/newestPosts.ts): the newest posts its
// own board shows, newest first, within the frame's caps; never a post it would not show
// (closed, hidden, by a suspended member, dated ahead of its clock).
import { describe, expect, it } from 'vitest';
import type { SignedEntry } from '../../../src/core/entry/Entry.ts';
import { newestPostsToShare } from '../../../src/core/entry/newestPosts.ts';
import { maxClockSkewMs } from '../../../src/core/entry/readEntry.ts';
import { TestNetwork } from './TestNetwork.ts';

describe('the newest posts a device shares', () => {
  it('are the newest its board shows, newest first, within the caps', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const posts: SignedEntry[] = [];
    for (let i = 0; i < 12; i++) {
      network.tick();
      posts.push(network.post(i % 2 ? anna : bram, { title: `Hulp ${i}` }));
    }
    network.tick();
    network.write(anna, 'post-close', { post: posts[11]?.id as Uint8Array, reason: 'done' });
    network.write(network.founder, 'hide-post', { post: posts[10]?.id as Uint8Array, reason: 'reclame' });
    const ledger = await network.ledger();
    const now = network.clock + 1000;
    const bytesOf = (id: string) => ledger.bytesOf(id);
    const shared = newestPostsToShare(ledger.state, bytesOf, now, { count: 5, maxBytes: 64 * 1024 });
    expect(shared).toEqual([9, 8, 7, 6, 5].map((i) => posts[i]?.bytes));
    const small = newestPostsToShare(ledger.state, bytesOf, now, {
      count: 80,
      maxBytes: 3 * (posts[9]?.bytes.length ?? 0),
    });
    expect(small).toHaveLength(3);
    // Dated ahead of the clock: not shared until its time comes.
    const early = newestPostsToShare(ledger.state, bytesOf, (posts[9]?.entry.time ?? 0) - maxClockSkewMs - 1, {
      count: 1,
      maxBytes: 64 * 1024,
    });
    expect(early).toEqual([posts[8]?.bytes]);
  });

  it("leaves out a suspended member's posts", async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    network.tick();
    const kept = network.post(anna);
    network.tick();
    network.post(bram);
    network.tick();
    network.suspend(bram);
    const ledger = await network.ledger();
    const shared = newestPostsToShare(ledger.state, (id) => ledger.bytesOf(id), network.clock, {
      count: 80,
      maxBytes: 64 * 1024,
    });
    expect(shared).toEqual([kept.bytes]);
  });
});
