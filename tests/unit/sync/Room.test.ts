// A Room with the in-memory adapters: entries travel between rooms of one name and
// password only, the status counts peers, and a room opened again finds its doc.
import { describe, expect, it } from 'vitest';
import { MemoryDocStorage } from '../../../src/sync/MemoryDocStorage.ts';
import { MemoryRoomNetwork } from '../../../src/sync/MemoryRoomNetwork.ts';
import { Room } from '../../../src/sync/Room.ts';
import type { SyncStatus } from '../../../src/sync/SyncStatus.ts';
import { idOf, TestNetwork } from '../core/TestNetwork.ts';

function roomOf(network: TestNetwork, hub: MemoryRoomNetwork, storage = new MemoryDocStorage()): Room {
  return new Room(network.netId, 'doc', storage, hub);
}

describe('Room', () => {
  it('shares verified entries with the rooms of the same name and password, and counts them as peers', async () => {
    const network = new TestNetwork();
    network.member('Anna');
    const hub = new MemoryRoomNetwork();
    const [a, b, stranger] = [roomOf(network, hub), roomOf(network, hub), roomOf(network, hub)];
    for (const room of [a, b, stranger]) await room.open();
    const statuses: SyncStatus[] = [];
    a.onStatus((status) => statuses.push(status));
    expect(statuses.at(-1)).toEqual({ relays: 0, webrtcPeers: 0, broadcastPeers: 0, loaded: true });

    a.join({ name: 'room', password: 'secret' });
    b.join({ name: 'room', password: 'secret' });
    stranger.join({ name: 'room', password: 'guess' });
    expect(a.status()).toMatchObject({ relays: 1, webrtcPeers: 1 });
    expect(statuses.at(-1)?.webrtcPeers).toBe(1);

    for (const signed of network.entries) await a.append(signed);
    await b.settled();
    await stranger.settled();
    expect(b.ledger.size).toBe(network.entries.length);
    expect(stranger.ledger.size).toBe(0);

    b.destroy();
    expect(a.status().webrtcPeers).toBe(0);
    a.destroy();
    stranger.destroy();
  });

  it('opened again, it finds what its doc kept; a seed goes into the ledger first', async () => {
    const network = new TestNetwork();
    network.member('Anna');
    const storage = new MemoryDocStorage();
    const hub = new MemoryRoomNetwork();
    const first = roomOf(network, hub, storage);
    await first.open();
    for (const signed of network.entries) await first.append(signed);
    first.destroy();

    const again = roomOf(network, hub, storage);
    let seeded = -1;
    const change = await again.open(async (ledger) => {
      seeded = ledger.size;
      await ledger.add([[idOf(network.genesis), network.genesis.bytes]], { trusted: true });
    });
    expect(seeded).toBe(0);
    expect(again.ledger.size).toBe(network.entries.length);
    // The seeded genesis was not read from the doc again.
    expect(change.accepted).not.toContain(idOf(network.genesis));
    again.destroy();
  });
});
