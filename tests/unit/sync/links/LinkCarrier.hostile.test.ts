// What someone in the link room (a hostile archive device, or anyone who has the link
// secret) can put there: nothing of it reaches the network's own doc unless it is an
// authentic entry of the peer that crosses this link, it is removed from the room again,
// it never stops the carrying of what is honest, and a flood makes the device leave the room.
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { entryId, maxEntryBytes } from '../../../../src/core/entry/Entry.ts';
import { foreignKey, foreignMapName } from '../../../../src/core/links/crossingTypes.ts';
import { LinkCarrier, linkRoomMapName } from '../../../../src/sync/links/LinkCarrier.ts';
import { type CarrierBounds, carrierBounds } from '../../../../src/sync/links/LinkRoomBudget.ts';
import { LinkRooms } from '../../../../src/sync/links/LinkRooms.ts';
import { linkRoomAddress, linkRoomName } from '../../../../src/sync/links/linkRoomAddress.ts';
import { MemoryRoomNetwork } from '../../../../src/sync/MemoryRoomNetwork.ts';
import { TestNetwork } from '../../core/TestNetwork.ts';
import { LinkedPair, settle } from './linkedNetworks.ts';

/** A's carrier over a link room doc that the test writes into as a hostile occupant would. */
function carrierOfA(pair: LinkedPair, onFlooded = () => {}, bounds: Partial<CarrierBounds> = {}) {
  const room = new Y.Doc();
  const link = { id: pair.id, peer: pair.b.net };
  const carrier = new LinkCarrier({ doc: pair.a.doc, net: pair.a.net }, room, link, { onFlooded, bounds });
  return { room, map: room.getMap<unknown>(linkRoomMapName), carrier };
}

describe('the link carrier, against what is put in the link room', () => {
  it('carries in only authentic crossing entries of the peer, removes the rest, and goes on carrying', async () => {
    const pair = new LinkedPair();
    const { map, carrier } = carrierOfA(pair);
    await carrier.start();
    const third = new TestNetwork();
    const thirdMove = third.write(third.founder, 'move-away', {
      link: pair.id,
      name: 'Ans',
      boxKey: third.founder.box.publicKey,
    });
    const bNetwork = pair.b.network;
    const bPost = bNetwork.post(bNetwork.founder);
    const bMove = bNetwork.write(bNetwork.founder, 'move-away', {
      link: pair.id,
      name: 'Ans',
      boxKey: bNetwork.founder.box.publicKey,
    });
    const forged = bMove.bytes.slice();
    forged[5] = (forged[5] as number) ^ 1;
    const bKey = (id: Uint8Array) => foreignKey(pair.b.net, id);
    const hostile: [string, unknown][] = [
      // A third network's entry, under its own key and under the peer's.
      [foreignKey(third.net, thirdMove.id), thirdMove.bytes],
      [bKey(thirdMove.id), thirdMove.bytes],
      // Garbage, too large, not bytes at all.
      [bKey(new Uint8Array(20).fill(3)), crypto.getRandomValues(new Uint8Array(200))],
      [bKey(new Uint8Array(20).fill(4)), new Uint8Array(maxEntryBytes + 1)],
      [bKey(new Uint8Array(20).fill(5)), 'text'],
      [bKey(new Uint8Array(20).fill(6)), 12],
      [bKey(new Uint8Array(20).fill(7)), new Y.Map()],
      // Keys of no shape, or of the peer with padding.
      ['constructor', bMove.bytes],
      ['__proto__', bMove.bytes],
      ['x'.repeat(5000), bMove.bytes],
      [`${toBase64Url(pair.b.net)}.${toBase64Url(bMove.id)}.x`, bMove.bytes],
      [`${toBase64Url(pair.b.net)}=.${toBase64Url(bMove.id)}`, bMove.bytes],
      // The peer's own entries: one that does not cross, one under another id, one with a bad signature.
      [bKey(bNetwork.genesis.id), bNetwork.genesis.bytes],
      [bKey(bPost.id), bPost.bytes],
      [bKey(bPost.id.map((byte) => byte ^ 1)), bMove.bytes],
      [bKey(bMove.id), forged],
      [bKey(entryId(forged)), forged],
    ];
    map.doc?.transact(() => {
      for (const [key, value] of hostile) map.set(key, value);
    });
    await carrier.settled();
    expect(pair.a.foreign().size).toBe(0);
    // Only the peer's post stays: its share may come yet (then it crosses).
    expect([...map.keys()]).toEqual([bKey(bPost.id)]);

    // What is honest still crosses, the forged copy under its key replaced by the real one.
    map.set(bKey(bMove.id), bMove.bytes);
    await carrier.settled();
    expect([...pair.a.foreign().entries()]).toEqual([[bKey(bMove.id), bMove.bytes]]);
    carrier.close();
  });

  it('never carries out an entry of its own network that is forged, or kept under another id', async () => {
    const pair = new LinkedPair();
    const mine = pair.a.network.write(pair.a.network.founder, 'move-away', {
      link: pair.id,
      name: 'Ans',
      boxKey: pair.a.network.founder.box.publicKey,
    });
    const forged = mine.bytes.slice();
    forged[9] = (forged[9] as number) ^ 1;
    const entries = pair.a.doc.getMap('entries');
    // Under the id of its bytes (so only the signature tells), under the real entry's, under none.
    entries.set(toBase64Url(entryId(forged)), forged);
    entries.set(toBase64Url(mine.id), forged);
    entries.set(toBase64Url(new Uint8Array(20)), mine.bytes);
    const { map, carrier } = carrierOfA(pair);
    await carrier.start();
    expect(map.size).toBe(0);
    // A forged copy of ours written into the room by someone else is removed too.
    map.set(foreignKey(pair.a.net, entryId(forged)), forged);
    map.set(foreignKey(pair.a.net, mine.id), forged);
    await carrier.settled();
    expect(map.size).toBe(0);
    carrier.close();
  });

  it('keeps at most the bounded number of foreign entries of one peer', async () => {
    const pair = new LinkedPair();
    const foreign = pair.a.doc.getMap(foreignMapName);
    const prefix = toBase64Url(pair.b.net);
    pair.a.doc.transact(() => {
      for (let i = 0; i < carrierBounds.foreignEntries; i++) foreign.set(`${prefix}.${i}`, new Uint8Array(1));
    });
    const { map, carrier } = carrierOfA(pair);
    await carrier.start();
    const bMove = pair.b.network.write(pair.b.network.founder, 'move-away', {
      link: pair.id,
      name: 'Ans',
      boxKey: pair.b.network.founder.box.publicKey,
    });
    map.set(foreignKey(pair.b.net, bMove.id), bMove.bytes);
    await carrier.settled();
    expect(foreign.has(foreignKey(pair.b.net, bMove.id))).toBe(false);
    // One place freed, and the entry is carried when it is looked at again.
    foreign.delete(`${prefix}.0`);
    const { map: fresh, carrier: again } = carrierOfA(pair);
    await again.start();
    fresh.set(foreignKey(pair.b.net, bMove.id), bMove.bytes);
    await again.settled();
    expect(foreign.has(foreignKey(pair.b.net, bMove.id))).toBe(true);
    carrier.close();
    again.close();
  });

  it('says once that a room is flooded, past the refused values an honest room would have', async () => {
    const pair = new LinkedPair();
    const flooded = vi.fn();
    const { map, carrier } = carrierOfA(pair, flooded);
    await carrier.start();
    map.doc?.transact(() => {
      for (let i = 0; i <= carrierBounds.refused; i++) map.set(`junk-${i}`, new Uint8Array(1));
    });
    map.set('one-more', new Uint8Array(1));
    await carrier.settled();
    expect(flooded).toHaveBeenCalledTimes(1);
    carrier.close();
  });

  it('says a room is flooded past the bytes, the items or the keys waiting that an honest room would have', async () => {
    const pair = new LinkedPair();
    const cases: [Partial<CarrierBounds>, (room: Y.Doc) => void][] = [
      // Bytes in a part of the doc the carrier never reads.
      [{ updateBytes: 64 * 1024 }, (room) => room.getArray('elsewhere').push([new Uint8Array(65 * 1024)])],
      // Many items, each refused (removed) but still an item of the doc.
      [
        { items: 50 },
        (room) =>
          room.transact(() => {
            for (let i = 0; i < 100; i++) room.getMap(linkRoomMapName).set(`junk-${i}`, new Uint8Array(1));
          }),
      ],
      // More keys at once than could wait to be looked at.
      [
        { pendingKeys: 10 },
        (room) =>
          room.transact(() => {
            for (let i = 0; i < 11; i++) room.getMap(linkRoomMapName).set(`junk-${i}`, new Uint8Array(1));
          }),
      ],
    ];
    for (const [bounds, flood] of cases) {
      const flooded = vi.fn();
      const { room, carrier } = carrierOfA(pair, flooded, bounds);
      await carrier.start();
      flood(room);
      await carrier.settled();
      expect([bounds, flooded.mock.calls.length]).toEqual([bounds, 1]);
      carrier.close();
    }
  });

  it('a flooded room is left, and joined again with a fresh doc, where honest carrying goes on', async () => {
    const pair = new LinkedPair();
    const hub = new MemoryRoomNetwork();
    const a = new LinkRooms(hub, { doc: pair.a.doc, net: pair.a.net }, { rejoinAfterMs: 0 });
    const b = new LinkRooms(hub, { doc: pair.b.doc, net: pair.b.net }, { rejoinAfterMs: 0 });
    const joins = vi.spyOn(hub, 'join');
    a.follow([pair.carried(pair.a)]);
    b.follow([pair.carried(pair.b)]);
    const name = linkRoomName(pair.secret);
    const rogue = new Y.Doc();
    hub.join(rogue, linkRoomAddress(pair.secret));
    expect(hub.occupants(name)).toBe(3);
    rogue.transact(() => {
      const map = rogue.getMap(linkRoomMapName);
      for (let i = 0; i <= carrierBounds.refused; i++) map.set(`junk-${i}`, new Uint8Array(1));
    });
    // Both archive devices saw the flood: each left, and joined again with a fresh doc.
    await vi.waitFor(() => expect(joins).toHaveBeenCalledTimes(5));
    expect(hub.occupants(name)).toBe(3);
    const bMove = pair.moveAway(pair.b);
    await settle(a, b);
    expect(pair.a.foreign().has(pair.keyOf(pair.b, bMove))).toBe(true);
    a.close();
    b.close();
  });
});
