// A Room with the in-memory adapters: entries travel between rooms of one name and
// password only, the status counts peers, and a room opened again finds its doc.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { entriesMapName } from '../../../src/core/adapters/yjsEntryLog.ts';
import type { Ledger } from '../../../src/core/Ledger.ts';
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

  it('with a verified copy beside it, the doc at rest is hollow; a peer deleting an entry loses nothing, reloaded or not', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    for (let i = 0; i < 20; i++) network.post(anna, { title: `Vraag ${i}` });
    const storage = new MemoryDocStorage();
    const hub = new MemoryRoomNetwork();
    // The verified copy, as the member room's projection keeps it.
    const copy = new Map<string, Uint8Array>();
    const seed = async (ledger: Ledger) => {
      await ledger.add([...copy], { trusted: true });
    };
    const keptCopy = { has: (id: string) => copy.has(id) };
    const first = roomOf(network, hub, storage);
    await first.open(seed, keptCopy);
    first.join({ name: 'room', password: 'secret' });
    for (const signed of network.entries) await first.append(signed);
    for (const held of first.ledger.entries()) copy.set(held.idText, held.bytes);
    await first.compactAtRest();
    const entryBytes = network.entries.reduce((n, signed) => n + signed.bytes.length, 0);
    expect(storage.bytesAtRest('doc')).toBeLessThan(entryBytes / 3);

    // A hostile peer in the room deletes an entry: it is put back at once.
    const hostile = new Y.Doc();
    hub.join(hostile, { name: 'room', password: 'secret' });
    const victim = idOf(network.entries[5] as (typeof network.entries)[number]);
    hostile.getMap(entriesMapName).delete(victim);
    await first.settled();
    expect(hostile.getMap(entriesMapName).has(victim)).toBe(true);
    // And the page closes before anything else: the doc at rest lost it, the copy did not.
    hostile.getMap(entriesMapName).delete(victim);
    first.destroy();

    const again = roomOf(network, hub, storage);
    await again.open(seed, keptCopy);
    expect(await again.restoreMissing()).toBe(1);
    expect(again.ledger.size).toBe(network.entries.length);
    for (const signed of network.entries) expect(again.ledger.bytesOf(idOf(signed))).toEqual(signed.bytes);
    again.destroy();
  });

  it('a phone that moved on lets go of every doc but the part it writes to, and does not fill them again', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    for (let i = 0; i < 5; i++) network.post(anna, { title: `Vraag ${i}` });
    const storage = new MemoryDocStorage();
    const hub = new MemoryRoomNetwork();
    const room = roomOf(network, hub, storage);
    await room.open();
    const [early, later] = [network.entries.slice(0, 4), network.entries.slice(4)];
    for (const signed of early) await room.append(signed);
    await room.openPart('one');
    await room.openPart('two');
    for (const signed of later) await room.append(signed);
    for (const name of ['doc', 'doc-part-two']) expect(storage.bytesAtRest(name)).toBeGreaterThan(0);

    await room.letOlderDocsGo();
    expect(storage.bytesAtRest('doc')).toBe(0);
    expect(storage.bytesAtRest('doc-part-one')).toBe(0);
    const kept = storage.bytesAtRest('doc-part-two');
    expect(kept).toBeGreaterThan(0);
    // What the ledger holds of the first doc is not written back into it: it is not kept any more.
    await room.restoreMissing((id) => room.writingHolds(id));
    expect(storage.bytesAtRest('doc')).toBe(0);
    // New entries still go into the part, at rest.
    network.post(anna, { title: 'Nog een vraag' });
    await room.append(network.entries.at(-1) as (typeof network.entries)[number]);
    expect(storage.bytesAtRest('doc-part-two')).toBeGreaterThan(kept);
    expect(storage.bytesAtRest('doc')).toBe(0);
    room.destroy();
  });
});
