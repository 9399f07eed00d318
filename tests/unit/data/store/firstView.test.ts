// The board's first screen read from the view at rest (figure 2): the newest posts and the
// members exactly as a finished projection wrote them, and nothing on a view never written.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { firstPostCount, readFirstView } from '../../../../src/data/store/firstView.ts';
import { NetworkDatabase, NetworkProjection } from '../../../../src/data/store/index.ts';
import { keyOf, TestNetwork } from '../../core/TestNetwork.ts';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(`buurtruil-view-${name}`);
});

function networkId(): string {
  const id = `test-${crypto.randomUUID()}`;
  names.push(id);
  return id;
}

describe('readFirstView', () => {
  it('gives the newest posts, newest first, and every member, as the projection wrote them', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    for (let i = 0; i < firstPostCount + 15; i++) {
      network.post(i % 2 ? anna : bram, { kind: i % 3 ? 'offer' : 'request', title: `Post ${i}` });
    }
    const id = networkId();
    const db = new NetworkDatabase(id);
    const projection = new NetworkProjection(db, await network.ledger());
    await projection.reconcile();
    await projection.rebuild();
    const allPosts = await db.posts.toArray();
    const allMembers = await db.members.toArray();
    db.close();

    const first = await readFirstView(id);
    const newest = allPosts.sort((a, b) => b.created - a.created).slice(0, firstPostCount);
    expect(first.posts).toEqual(newest);
    expect(first.posts[0]?.title).toBe(`Post ${firstPostCount + 14}`);
    expect(first.members.sort((a, b) => (a.key < b.key ? -1 : 1))).toEqual(
      allMembers.sort((a, b) => (a.key < b.key ? -1 : 1)),
    );
    expect(first.members.map((m) => m.key)).toEqual(expect.arrayContaining([keyOf(anna), keyOf(bram)]));
  });

  it('reads nothing, and throws nothing, on a view no projection has written yet', async () => {
    const first = await readFirstView(networkId());
    expect(first).toEqual({ posts: [], members: [] });
  });
});
