// y-webrtc sends a room's whole doc to the page's other tabs every time the room connects
// (Room.connect: a sync step 2 over the BroadcastChannel), whether or not another tab is
// open: a phone's part encoded on the main thread for nobody (70 ms of one task at a year),
// an archive device's whole history (hundreds of ms). So a room connects with an empty
// stand-in for its doc: it tells other tabs it has nothing (they answer with theirs) and
// sends them nothing. Each tab that meets another asks it for what it lacks (a step 1 of its
// real doc): both tabs do, so each receives what it lacks, and only when there is another tab.
import * as broadcastChannel from 'lib0/broadcastchannel';
import { createEncoder, toUint8Array, writeVarString, writeVarUint, writeVarUint8Array } from 'lib0/encoding';
import { Room } from 'y-webrtc';
import * as Y from 'yjs';

let installed = false;

/** Makes every y-webrtc room connect without encoding its doc for other tabs. */
export function noWholeDocToOtherTabs(): void {
  if (installed) return;
  installed = true;
  const connect = Room.prototype.connect;
  Room.prototype.connect = function (this: Room): void {
    const doc = this.doc;
    const standIn = new Y.Doc();
    // The room's awareness state is its doc's client's.
    standIn.clientID = doc.clientID;
    this.doc = standIn;
    try {
      connect.call(this);
    } finally {
      this.doc = doc;
      // connect listened to the stand-in's updates, to send them to peers: the doc's instead.
      standIn.off('update', this._docUpdateHandler);
      doc.on('update', this._docUpdateHandler);
      standIn.destroy();
    }
  };
}

/**
 * Asks the page's other tabs for what `room`'s doc lacks: a sync step 1 of it over the
 * BroadcastChannel, encrypted as y-webrtc encrypts its own (y-webrtc/src/crypto.js
 * `encrypt`, which its package does not export): 'AES-GCM', the IV, the ciphertext.
 */
export async function askOtherTabs(room: Room): Promise<void> {
  const message = createEncoder();
  writeVarUint(message, 0); // y-webrtc's sync message
  writeVarUint(message, 0); // y-protocols' sync step 1
  writeVarUint8Array(message, Y.encodeStateVector(room.doc));
  const key = room.key as CryptoKey | null;
  if (!key) {
    if (room.bcconnected) broadcastChannel.publish(room.name, toUint8Array(message));
    return;
  }
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, toUint8Array(message)));
  const sealed = createEncoder();
  writeVarString(sealed, 'AES-GCM');
  writeVarUint8Array(sealed, iv);
  writeVarUint8Array(sealed, cipher);
  if (room.bcconnected) broadcastChannel.publish(room.name, toUint8Array(sealed));
}
