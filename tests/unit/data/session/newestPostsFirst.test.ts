// A new device shows the newest posts a peer sent it before the doc (src/sync/newestPostsFrame.ts)
// as still being checked (src/data/session/keepers/PostsBeingChecked.ts, docs/protocol.md §3.5,
// §7): each checked by steps 1–6 and its own signature, never into the ledger or the doc,
// dropped once the ledger has taken the first sync. What a hostile peer sends beside the real
// posts — garbage, a forged signature, another network's post — never shows.
import { describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { entriesMapName } from '../../../../src/core/adapters/yjsEntryLog.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { payloadOf } from '../../../../src/core/entry/Entry.ts';
import { newIdentity } from '../../../../src/core/Identity.ts';
import { PostsBeingChecked } from '../../../../src/data/session/keepers/PostsBeingChecked.ts';
import type { PostRow } from '../../../../src/data/store/tableRows.ts';
import { MemoryDocStorage } from '../../../../src/sync/MemoryDocStorage.ts';
import { MemoryRoomNetwork } from '../../../../src/sync/MemoryRoomNetwork.ts';
import type { NewestPosts } from '../../../../src/sync/newestPostsFrame.ts';
import { roomFactory } from '../../../../src/sync/RoomFactory.ts';
import type { RoomAddress, RoomNetwork } from '../../../../src/sync/RoomNetwork.ts';
import { idOf, signRawPayload, TestNetwork } from '../../core/TestNetwork.ts';

/** The memory network, keeping what each room gave it to send and take newest posts with. */
class NetworkWithNewest implements RoomNetwork {
  readonly inner = new MemoryRoomNetwork();
  newest: NewestPosts | undefined;
  join(doc: Y.Doc, room: RoomAddress, newest?: NewestPosts) {
    this.newest = newest;
    return this.inner.join(doc, room);
  }
}

const address = { name: 'member-room', password: 'geheim' };

async function newDevice(network: TestNetwork) {
  const net = new NetworkWithNewest();
  const room = roomFactory(new MemoryDocStorage(), net).member(network.netId);
  await room.open();
  room.join(address);
  const shown: (readonly PostRow[])[] = [];
  const waiting: ((rows: readonly PostRow[]) => void)[] = [];
  const checking = new PostsBeingChecked(room, (rows) => {
    shown.push(rows);
    for (const resolve of waiting.splice(0)) resolve(rows);
  });
  const newest = net.newest as NewestPosts;
  /** Resolves with the next rows shown. */
  const nextShown = () => new Promise<readonly PostRow[]>((resolve) => waiting.push(resolve));
  const checks = vi.spyOn(room.ledger, 'postsBeingChecked');
  return { room, net, shown, newest, checking, nextShown, checks };
}

function history() {
  const network = new TestNetwork();
  const anna = network.member('Anna');
  const posts = [];
  // More than the 200 entries that make one change of the doc a large arrival (PostsBeingChecked).
  for (let i = 0; i < 220; i++) {
    network.tick();
    posts.push(network.post(anna, { title: `Hulp ${i}` }));
  }
  return { network, anna, posts };
}

describe('newest posts sent first to a new device', { timeout: 60_000 }, () => {
  it('shows the genuine ones as being checked, nothing of them in the ledger or the doc, and drops them once synced', async () => {
    const { network, anna, posts } = history();
    const device = await newDevice(network);
    const other = new TestNetwork();
    const elsewhere = other.post(other.member('Eva'));
    const stranger = newIdentity();
    const genuine = posts[219];
    const forged = signRawPayload(
      stranger,
      network.net,
      payloadOf({ ...(genuine?.entry as NonNullable<typeof genuine>['entry']), title: 'Gratis fietsen' } as never),
    );
    const garbage = crypto.getRandomValues(new Uint8Array(400));
    const sent = [
      forged.bytes,
      garbage,
      elsewhere.bytes,
      ...posts
        .slice(-80)
        .toReversed()
        .map((p) => p.bytes),
    ];
    const shownNow = device.nextShown();
    device.newest.heard(sent);
    const rows = await shownNow;
    expect(rows.map((row) => row.id)).toEqual(
      posts
        .toReversed()
        .map(idOf)
        .filter((_, i) => i < rows.length),
    );
    // The board's 40 of them.
    expect(rows).toHaveLength(40);
    expect(rows.map((row) => row.title)).not.toContain('Gratis fietsen');
    expect(rows.map((row) => row.id)).not.toContain(idOf(elsewhere));
    expect(rows.map((row) => row.id)).not.toContain(forged.id);
    expect(rows[0]?.author).toBe(toBase64Url(anna.signing.publicKey));
    // Shown only: the ledger and the doc hold nothing of them.
    expect(device.room.ledger.size).toBe(0);
    expect(device.room.sharedDoc.getMap(entriesMapName).size).toBe(0);

    // The real sync: the whole history arrives, the ledger takes it, the view holds it.
    const map = device.room.sharedDoc.getMap<Uint8Array>(entriesMapName);
    device.room.sharedDoc.transact(() => {
      for (const [id, bytes] of network.records()) map.set(id, bytes);
    });
    device.newest.synced();
    await device.room.settled();
    expect(device.room.ledger.has(idOf(genuine as NonNullable<typeof genuine>))).toBe(true);
    expect(device.checking.arrivalsSoFar).toBe(1);
    // Still shown until the view holds the arrival's rows: the session then settles it
    // (MemberRoomKeeper.afterChange), and nothing is left being checked.
    expect(device.shown.at(-1)?.length).toBeGreaterThan(0);
    const dropped = device.nextShown();
    device.checking.settle(1);
    expect(await dropped).toEqual([]);
    device.room.destroy();
  });

  it('ignores a frame once the device has synced; shows only the genuine posts of a frame', async () => {
    const { network, posts } = history();
    const device = await newDevice(network);
    const map = device.room.sharedDoc.getMap<Uint8Array>(entriesMapName);
    device.room.sharedDoc.transact(() => {
      for (const [id, bytes] of network.records()) map.set(id, bytes);
    });
    device.newest.synced();
    await device.room.settled();
    // The arrival's own posts being checked were asked for; the frame's are not.
    const checked = device.checks.mock.calls.length;
    device.newest.heard(posts.slice(-80).map((p) => p.bytes));
    expect(device.checks).toHaveBeenCalledTimes(checked);

    const fresh = await newDevice(network);
    const shownNow = fresh.nextShown();
    const one = posts[3] as (typeof posts)[number];
    fresh.newest.heard([crypto.getRandomValues(new Uint8Array(300)), new Uint8Array(0), one.bytes]);
    expect((await shownNow).map((row) => row.id)).toEqual([idOf(one)]);
    expect(fresh.room.ledger.size).toBe(0);
    device.room.destroy();
    fresh.room.destroy();
  });
});
