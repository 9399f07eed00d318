// y-webrtc sends every change of the doc to every connected peer, the change a peer's own
// message made included: a new device that applied its peer's answer (a year's part, 9 MB)
// sent all of it straight back, on a phone's data and both main threads. A change made by a
// peer's message now goes to every other peer and the other tabs as before, not back to the
// peer it came from, which has it. A change that also let waiting (pending) structs in goes
// to it too: those came from someone else, and it may lack them.
import type { Room } from 'y-webrtc';
import type * as Y from 'yjs';

/** A peer that says when it is handing a message to y-webrtc (DataChannelPeer.ts). */
interface Delivering {
  delivering?: boolean;
}

/**
 * Wraps the room's doc-update handler so a change is not sent back to the peer whose message
 * made it; returns what stops reading the doc's transactions (when the room is left).
 */
export function notBackToSender(room: Room, doc: Y.Doc): () => void {
  const send = room._docUpdateHandler;
  // Whether structs or deletions were waiting when the change began (read before it integrates).
  let pendingBefore = false;
  const before = () => {
    pendingBefore = doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
  };
  doc.on('beforeTransaction', before);
  const handler = (update: Uint8Array, origin: unknown) => {
    // y-webrtc applies a peer's sync message with the room as its origin, within the peer's 'data' event.
    const from =
      origin === room && !pendingBefore
        ? [...room.webrtcConns].find(([, conn]) => (conn.peer as Delivering | undefined)?.delivering)
        : undefined;
    if (!from) return send(update, origin);
    room.webrtcConns.delete(from[0]);
    try {
      send(update, origin);
    } finally {
      room.webrtcConns.set(from[0], from[1]);
    }
  };
  doc.off('update', send);
  room._docUpdateHandler = handler;
  doc.on('update', handler);
  return () => doc.off('beforeTransaction', before);
}
