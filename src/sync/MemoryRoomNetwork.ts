// Rooms inside one process, for tests in Node: every doc in a room with the same name and
// password gets every other one's updates, as y-webrtc would give them over the network.
// A wrong password finds nobody, as with y-webrtc's encrypted signalling.
import * as Y from 'yjs';
import type { PeerCounts, RoomAddress, RoomLink, RoomNetwork } from './RoomNetwork.ts';

interface Occupant {
  doc: Y.Doc;
  password: string;
  changed(): void;
}

export class MemoryRoomNetwork implements RoomNetwork {
  private readonly rooms = new Map<string, Set<Occupant>>();

  /** How many docs are in the room of this name now (tests ask who still listens where). */
  occupants(name: string): number {
    return this.rooms.get(name)?.size ?? 0;
  }

  join(doc: Y.Doc, room: RoomAddress): RoomLink {
    const occupants = this.rooms.get(room.name) ?? new Set<Occupant>();
    this.rooms.set(room.name, occupants);
    const listeners = new Set<() => void>();
    const self: Occupant = {
      doc,
      password: room.password,
      changed: () => {
        for (const listener of listeners) listener();
      },
    };
    const others = () => [...occupants].filter((o) => o !== self && o.password === self.password);
    // Updates that came from the hub are not sent on: every pair in a room is connected.
    const send = (update: Uint8Array, origin: unknown) => {
      if (origin === this) return;
      for (const other of others()) Y.applyUpdateV2(other.doc, update, this);
    };
    for (const other of others()) {
      Y.applyUpdateV2(other.doc, Y.encodeStateAsUpdateV2(doc), this);
      Y.applyUpdateV2(doc, Y.encodeStateAsUpdateV2(other.doc), this);
    }
    occupants.add(self);
    doc.on('updateV2', send);
    for (const other of others()) other.changed();
    return {
      peers: (): PeerCounts => ({ relays: 1, webrtcPeers: others().length, broadcastPeers: 0 }),
      onChange: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      leave: () => {
        doc.off('updateV2', send);
        occupants.delete(self);
        listeners.clear();
        for (const other of others()) other.changed();
      },
    };
  }
}
