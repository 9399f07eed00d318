// Two networks' archive devices in a link room over the in-memory network: what crosses
// arrives in the peer's "foreign" map under its key, what does not cross never leaves, and
// leaving the room stops the carrying.
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import { foreignMapName } from '../../../../src/core/links/crossingTypes.ts';
import { linkRoomMapName } from '../../../../src/sync/links/LinkCarrier.ts';
import { LinkRooms } from '../../../../src/sync/links/LinkRooms.ts';
import { linkRoomAddress, linkRoomName } from '../../../../src/sync/links/linkRoomAddress.ts';
import { MemoryRoomNetwork } from '../../../../src/sync/MemoryRoomNetwork.ts';
import { LinkedPair, type LinkedSide, settle } from './linkedNetworks.ts';

function roomsOf(pair: LinkedPair, side: LinkedSide, hub: MemoryRoomNetwork): LinkRooms {
  const rooms = new LinkRooms(hub, { doc: side.doc, net: side.net });
  rooms.follow([pair.carried(side)]);
  return rooms;
}

describe('the link room', () => {
  it('is named from the link secret alone, with the secret as its password', () => {
    const secret = new Uint8Array(32).fill(7);
    const name = linkRoomName(secret);
    expect(name).toMatch(/^br-link-[A-Za-z0-9_-]{22}$/);
    expect(linkRoomName(new Uint8Array(32).fill(8))).not.toBe(name);
    expect(linkRoomAddress(secret)).toEqual({ name, password: 'BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc' });
  });

  it("carries each side's link and crossing entries into the other's foreign map, under base64url(net).base64url(id)", async () => {
    const pair = new LinkedPair();
    const hub = new MemoryRoomNetwork();
    const aLink = pair.linkEntry(pair.a);
    const aMove = pair.moveAway(pair.a);
    const a = roomsOf(pair, pair.a, hub);
    const b = roomsOf(pair, pair.b, hub);
    const bLink = pair.linkEntry(pair.b);
    await settle(a, b);

    expect([...pair.b.foreign().keys()].sort()).toEqual([pair.keyOf(pair.a, aLink), pair.keyOf(pair.a, aMove)].sort());
    expect(pair.b.foreign().get(pair.keyOf(pair.a, aMove))).toEqual(aMove.bytes);
    expect([...pair.a.foreign().keys()]).toEqual([pair.keyOf(pair.b, bLink)]);
    expect(hub.occupants(linkRoomName(pair.secret))).toBe(2);
    expect(a.carrying()).toEqual([b.carrying()[0]]);
    a.close();
    b.close();
  });

  it('never carries a type that does not cross, nor a crossing entry about another link', async () => {
    const pair = new LinkedPair();
    const hub = new MemoryRoomNetwork();
    const network = pair.a.network;
    const anna = network.member('Anna');
    for (const signed of network.entries) pair.a.put(signed);
    pair.a.put(network.post(anna));
    pair.a.put(network.transfer(network.founder, anna, 30));
    pair.moveAway(pair.a, new Uint8Array(20).fill(9));
    const a = roomsOf(pair, pair.a, hub);
    const b = roomsOf(pair, pair.b, hub);
    await settle(a, b);

    expect(pair.b.foreign().size).toBe(0);
    expect(pair.b.foreign().size + pair.a.foreign().size).toBe(0);
    a.close();
    b.close();
  });

  it('carries a shared post, its update and its close once its share is seen (also when the share comes last); never a post not shared', async () => {
    const pair = new LinkedPair();
    const hub = new MemoryRoomNetwork();
    const notShared = pair.a.put(pair.a.network.post(pair.a.network.founder));
    const before = pair.sharedPost(pair.a);
    const a = roomsOf(pair, pair.a, hub);
    const b = roomsOf(pair, pair.b, hub);
    await settle(a, b);
    // Written while carrying, the share after its post (each its own change of the doc).
    const after = pair.sharedPost(pair.a);
    await settle(a, b);

    const carried = [before, after].flatMap(({ post, update, close, share }) => [post, update, close, share]);
    expect([...pair.b.foreign().keys()].sort()).toEqual(carried.map((signed) => pair.keyOf(pair.a, signed)).sort());
    expect(pair.b.foreign().has(pair.keyOf(pair.a, notShared))).toBe(false);
    a.close();
    b.close();
  });

  it('given the entries our rules counted, carries out those only, and each once it is named', async () => {
    const pair = new LinkedPair();
    const hub = new MemoryRoomNetwork();
    const half = pair.linkEntry(pair.a);
    const counted = pair.moveAway(pair.a);
    const notCounted = pair.moveAway(pair.a);
    const a = new LinkRooms(hub, { doc: pair.a.doc, net: pair.a.net });
    const b = roomsOf(pair, pair.b, hub);
    const ids = (...signed: SignedEntry[]) => signed.map((entry) => toBase64Url(entry.id));
    a.follow([{ ...pair.carried(pair.a), out: ids(half) }]);
    await settle(a, b);
    expect([...pair.b.foreign().keys()]).toEqual([pair.keyOf(pair.a, half)]);
    a.follow([{ ...pair.carried(pair.a), out: ids(half, counted) }]);
    await settle(a, b);
    expect([...pair.b.foreign().keys()].sort()).toEqual([pair.keyOf(pair.a, half), pair.keyOf(pair.a, counted)].sort());
    expect(pair.b.foreign().has(pair.keyOf(pair.a, notCounted))).toBe(false);
    // Named, but not about this link, or not ours at all: still not carried.
    const otherLink = pair.moveAway(pair.a, new Uint8Array(20).fill(9));
    a.follow([{ ...pair.carried(pair.a), out: ids(half, counted, otherLink, pair.b.network.genesis) }]);
    await settle(a, b);
    expect(pair.b.foreign().size).toBe(2);
    a.close();
    b.close();
  });

  it('stops carrying once the link is no longer followed, and when closed', async () => {
    const pair = new LinkedPair();
    const hub = new MemoryRoomNetwork();
    const a = roomsOf(pair, pair.a, hub);
    const b = roomsOf(pair, pair.b, hub);
    const before = pair.moveAway(pair.a);
    await settle(a, b);
    expect(pair.b.foreign().has(pair.keyOf(pair.a, before))).toBe(true);

    a.follow([]);
    expect(a.carrying()).toEqual([]);
    expect(hub.occupants(linkRoomName(pair.secret))).toBe(1);
    const after = pair.moveAway(pair.a);
    await settle(a, b);
    expect(pair.b.foreign().has(pair.keyOf(pair.a, after))).toBe(false);

    b.close();
    expect(hub.occupants(linkRoomName(pair.secret))).toBe(0);
    const late = pair.moveAway(pair.b);
    a.follow([pair.carried(pair.a)]);
    await settle(a, b);
    // A's own entries go out again into the fresh room; B is gone, so nothing of B's comes in.
    expect(pair.a.foreign().has(pair.keyOf(pair.b, late))).toBe(false);
    b.follow([pair.carried(pair.b)]);
    expect(b.carrying()).toEqual([]);
    a.close();
  });

  it('a room the network will not join (y-webrtc: the same room twice on a page) is tried again on the next follow', () => {
    const pair = new LinkedPair();
    const hub = new MemoryRoomNetwork();
    const join = vi.spyOn(hub, 'join').mockImplementationOnce(() => {
      throw new Error('A Yjs Doc connected to room already exists!');
    });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const a = new LinkRooms(hub, { doc: pair.a.doc, net: pair.a.net });
    a.follow([pair.carried(pair.a)]);
    expect(a.carrying()).toEqual([]);
    expect(errors).toHaveBeenCalledTimes(1);
    a.follow([pair.carried(pair.a)]);
    expect(a.carrying()).toHaveLength(1);
    expect(join).toHaveBeenCalledTimes(2);
    errors.mockRestore();
    a.close();
  });

  it('a new secret for the same link is a new room: the old one is left', async () => {
    const pair = new LinkedPair();
    const hub = new MemoryRoomNetwork();
    const a = roomsOf(pair, pair.a, hub);
    const newer = { ...pair.carried(pair.a), secret: new Uint8Array(32).fill(1) };
    a.follow([newer]);
    expect(hub.occupants(linkRoomName(pair.secret))).toBe(0);
    expect(hub.occupants(linkRoomName(newer.secret))).toBe(1);
    a.close();
    expect(hub.occupants(linkRoomName(newer.secret))).toBe(0);
  });

  it('puts our entry back when someone in the link room removes it, and carries into no map but "foreign"', async () => {
    const pair = new LinkedPair();
    const hub = new MemoryRoomNetwork();
    const mine = pair.moveAway(pair.a);
    const a = roomsOf(pair, pair.a, hub);
    await settle(a);
    const rogue = new Y.Doc();
    hub.join(rogue, linkRoomAddress(pair.secret));
    const key = pair.keyOf(pair.a, mine);
    expect(rogue.getMap(linkRoomMapName).get(key)).toEqual(mine.bytes);
    rogue.getMap(linkRoomMapName).delete(key);
    await settle(a);
    expect(rogue.getMap(linkRoomMapName).get(key)).toEqual(mine.bytes);
    expect([...pair.a.doc.share.keys()].sort()).toEqual(['entries', foreignMapName].sort());
    a.close();
  });
});
