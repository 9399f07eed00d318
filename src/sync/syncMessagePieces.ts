// A peer answers a new device with the whole doc in one y-webrtc message (sync step 2). At
// four years that is some 50 MB, past the largest message a peer takes (messageFrames.ts):
// the new device could never sync. Sent in pieces (updatePieces.ts), the same update goes as
// several messages: every piece but the last as an update, the last as what it came as, so
// the receiver calls the room synced only once the whole doc is in.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { type PieceLimits, updatePieces } from './updatePieces.ts';

// y-protocols' sync.js: [messageSync, step 2 | update, the update as bytes].
const messageSync = 0;
const syncStep2 = 1;
const syncUpdate = 2;

/** The messages to send in place of `message`, in order, made as they are asked for: itself unless it carries a big update. */
export function* syncMessagePieces(message: Uint8Array, limits: PieceLimits): Generator<Uint8Array> {
  if (message.length <= limits.maxBytes || message[0] !== messageSync) {
    yield message;
    return;
  }
  const type = message[1];
  if (type !== syncStep2 && type !== syncUpdate) {
    yield message;
    return;
  }
  let update: Uint8Array;
  try {
    const decoder = decoding.createDecoder(message.subarray(2));
    update = decoding.readVarUint8Array(decoder);
    if (decoder.pos !== decoder.arr.length) throw new Error('bytes after the update');
  } catch {
    yield message;
    return;
  }
  let held: Uint8Array | null = null;
  for (const piece of updatePieces(update, limits)) {
    if (held) yield wrapped(held, syncUpdate);
    held = piece;
  }
  if (held === null || held === update) yield message;
  else yield wrapped(held, type);
}

function wrapped(piece: Uint8Array, type: number): Uint8Array {
  const out = encoding.createEncoder();
  encoding.writeVarUint(out, messageSync);
  encoding.writeVarUint(out, type);
  encoding.writeVarUint8Array(out, piece);
  return encoding.toUint8Array(out);
}
