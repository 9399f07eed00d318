// Two networks' member rooms, each with a coordinator's link rooms: each side's half of the
// link crosses through the link room into the other's member doc, its ledger reads it under
// the peer's net, and the link is open on both sides. What is not an entry of the peer,
// written into the member doc's "foreign" map by anyone, is removed and counts for nothing.
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { foreignKey, foreignMapName } from '../../../../src/core/links/crossingTypes.ts';
import { MemoryDocStorage } from '../../../../src/sync/MemoryDocStorage.ts';
import { MemoryRoomNetwork } from '../../../../src/sync/MemoryRoomNetwork.ts';
import type { Room } from '../../../../src/sync/Room.ts';
import { roomFactory } from '../../../../src/sync/RoomFactory.ts';
import { LinkedPair, type LinkedSide, settle } from './linkedNetworks.ts';

async function memberRoomOf(side: LinkedSide, hub: MemoryRoomNetwork): Promise<Room> {
  const room = roomFactory(new MemoryDocStorage(), hub).member(side.network.netId);
  await room.open();
  for (const signed of side.network.entries) await room.append(signed);
  return room;
}

describe('a link, through the link room', () => {
  it('opens on both sides once each half has crossed', async () => {
    const pair = new LinkedPair();
    const hub = new MemoryRoomNetwork();
    pair.linkEntry(pair.a);
    pair.linkEntry(pair.b);
    const [roomA, roomB] = [await memberRoomOf(pair.a, hub), await memberRoomOf(pair.b, hub)];
    const id = toBase64Url(pair.id);
    expect(roomA.ledger.state.links.get(id)?.open).toBe(false);

    const factory = roomFactory(new MemoryDocStorage(), hub);
    const [linksA, linksB] = [await factory.linkRooms(roomA), await factory.linkRooms(roomB)];
    linksA.follow([pair.carried(pair.a)]);
    linksB.follow([pair.carried(pair.b)]);
    await settle(linksA, linksB, roomA, roomB);

    expect(roomA.ledger.state.links.get(id)?.open).toBe(true);
    expect(roomB.ledger.state.links.get(id)?.open).toBe(true);
    linksA.close();
    linksB.close();
    roomA.destroy();
    roomB.destroy();
  });

  it("removes from the member doc's foreign map what is no entry of a linked network", async () => {
    const pair = new LinkedPair();
    const hub = new MemoryRoomNetwork();
    const room = await memberRoomOf(pair.a, hub);
    const foreign = room.sharedDoc.getMap(foreignMapName);
    const own = pair.a.network.genesis;
    const bMove = pair.b.network.write(pair.b.network.founder, 'move-away', {
      link: pair.id,
      name: 'Ans',
      boxKey: pair.b.network.founder.box.publicKey,
    });
    foreign.set('garbage', new Uint8Array([1, 2, 3]));
    foreign.set(foreignKey(pair.b.net, own.id), own.bytes);
    foreign.set(foreignKey(pair.b.net, bMove.id), bMove.bytes);
    await room.settled();
    expect([...foreign.keys()]).toEqual([foreignKey(pair.b.net, bMove.id)]);
    // An authentic foreign entry someone removes is put back.
    foreign.delete(foreignKey(pair.b.net, bMove.id));
    await room.settled();
    expect(foreign.get(foreignKey(pair.b.net, bMove.id))).toEqual(bMove.bytes);
    room.destroy();
  });
});
