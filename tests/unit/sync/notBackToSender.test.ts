// A change a peer's message made goes to the other peers, not back to that peer
// (src/sync/notBackToSender.ts); this device's own changes go to all; the room keeps its peers.
import { describe, expect, it } from 'vitest';
import type { Room } from 'y-webrtc';
import * as Y from 'yjs';
import { notBackToSender } from '../../../src/sync/notBackToSender.ts';

/** A room as y-webrtc makes it: its handler sends each doc change to every connection. */
function roomWithPeers(doc: Y.Doc, names: string[]) {
  const sent = new Map<string, number>(names.map((name) => [name, 0]));
  const peers = new Map(
    names.map((name) => [name, { delivering: false, send: () => sent.set(name, (sent.get(name) ?? 0) + 1) }]),
  );
  const room = {
    webrtcConns: new Map(names.map((name) => [name, { peer: peers.get(name) }])),
    _docUpdateHandler: (_update: Uint8Array, _origin: unknown) => {
      for (const conn of room.webrtcConns.values()) conn.peer?.send();
    },
  };
  doc.on('update', room._docUpdateHandler);
  return { room: room as unknown as Room, peers, sent };
}

describe("a change a peer's message made", () => {
  it('goes to every other peer, not back to the one it came from; an own change goes to all', () => {
    const doc = new Y.Doc();
    const { room, peers, sent } = roomWithPeers(doc, ['anna', 'bram', 'carla']);
    notBackToSender(room, doc);

    // Anna's message, applied as y-webrtc applies it: the room as origin, within her delivery.
    const theirs = new Y.Doc();
    theirs.getMap('entries').set('a', 1);
    const anna = peers.get('anna') as { delivering: boolean };
    anna.delivering = true;
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(theirs), room);
    anna.delivering = false;
    expect(Object.fromEntries(sent)).toEqual({ anna: 0, bram: 1, carla: 1 });

    doc.getMap('entries').set('b', 2);
    expect(Object.fromEntries(sent)).toEqual({ anna: 1, bram: 2, carla: 2 });
    expect([...room.webrtcConns.keys()].sort()).toEqual(['anna', 'bram', 'carla']);
    // The handler y-webrtc removes when the room closes is the one listening.
    doc.off('update', room._docUpdateHandler);
    doc.getMap('entries').set('c', 3);
    expect(sent.get('bram')).toBe(2);
  });
});

describe('a change that let waiting structs in', () => {
  it('goes back to the peer whose message completed it too: the waiting ones came from another', () => {
    const doc = new Y.Doc();
    const { room, peers, sent } = roomWithPeers(doc, ['anna', 'carla']);
    notBackToSender(room, doc);
    // Carla writes U1; Anna, who has it, overwrites it: U2 waits on U1 here.
    const carla = new Y.Doc();
    carla.getMap('m').set('k', 'carla');
    const u1 = Y.encodeStateAsUpdate(carla);
    const anna = new Y.Doc();
    Y.applyUpdate(anna, u1);
    const before = Y.encodeStateVector(anna);
    anna.getMap('m').set('k', 'anna');
    const u2 = Y.encodeStateAsUpdate(anna, before);
    const deliver = (name: string, update: Uint8Array) => {
      const peer = peers.get(name) as { delivering: boolean };
      peer.delivering = true;
      Y.applyUpdate(doc, update, room);
      peer.delivering = false;
    };
    deliver('anna', u2);
    expect(doc.store.pendingStructs).not.toBeNull();
    deliver('carla', u1);
    expect(doc.getMap('m').get('k')).toBe('anna');
    // Carla gets the change: it holds Anna's U2, which she lacks.
    expect(sent.get('carla')).toBe(1);
  });
});
