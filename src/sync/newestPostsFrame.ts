// Newest posts first (docs/protocol.md §7): a device whose doc is (nearly) empty — a new
// device's first sync — says so at the end of its sync step 1, and a peer that reads that
// sends it, before the doc, one extra frame holding the bytes of the newest posts it
// shows. The new device shows them as still being checked (§3.5) while the doc, which puts
// the oldest entries first, is on its way. The frame never puts anything into a doc or a
// ledger: it is read by its own rules, and anything wrong with it is ignored.
//
// Wire: a frame of kind 2 (messageFrames.ts: 0 and 1 are the parts of a message), then a
// varUint count and as many varUint8Array entries (lib0 encoding). The ask is the text
// "buurtruil:newest+deflated" after the state vector of a sync step 1 (the sender reads
// deflated messages too, deflatedMessages.ts; "buurtruil:newest", from a device before them,
// is answered with the newest posts only): y-protocols reads the state vector and ignores
// what follows, so a peer that does not know it answers as before.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { maxEntryBytes } from '../core/entry/Entry.ts';

export const newestPostsFrameKind = 2;
/** The most posts a frame holds: the new device checks them all (80 signatures), and shows 40. */
export const newestPostsCount = 80;
/** The most bytes of posts a frame holds; a frame larger than this (kind and counts too) is ignored. */
export const newestPostsBytes = 64 * 1024;
/** What a frame may be at most: the posts' bytes, the kind byte, and each post's length and the count (varUints). */
export const newestFrameMaxBytes = 1 + newestPostsBytes + 5 * (newestPostsCount + 1);
/** A doc whose state vector's clocks add up to at most this is new: a handful of its own entries. */
export const nearlyEmptyClocks = 64;

const plainAsk = new TextEncoder().encode('buurtruil:newest');
/** The ask of a device that also reads deflated messages (deflatedMessages.ts): what it sends. */
const deflatedAsk = new TextEncoder().encode('buurtruil:newest+deflated');

/** What one room's doc sends and takes, given to the network by the room (Room.ts). */
export interface NewestPosts {
  /** The wire bytes of the newest posts this device shows, newest first, for a new device. */
  newest(): readonly Uint8Array[];
  /** A peer sent these (not checked at all), because this device asked with a (nearly) empty doc. */
  heard(entries: readonly Uint8Array[]): void;
  /** A peer has sent this device its whole doc (y-webrtc's synced). */
  synced(): void;
}

/** The frame for these posts (as many, in order, as fit the caps); null when there are none. */
export function newestPostsFrame(entries: readonly Uint8Array[]): Uint8Array | null {
  const out = encoding.createEncoder();
  const chosen: Uint8Array[] = [];
  let bytes = 0;
  for (const entry of entries) {
    if (chosen.length >= newestPostsCount) break;
    if (entry.length > maxEntryBytes || bytes + entry.length > newestPostsBytes) continue;
    chosen.push(entry);
    bytes += entry.length;
  }
  if (chosen.length === 0) return null;
  encoding.writeUint8(out, newestPostsFrameKind);
  encoding.writeVarUint(out, chosen.length);
  for (const entry of chosen) encoding.writeVarUint8Array(out, entry);
  return encoding.toUint8Array(out);
}

/** The posts' bytes a frame holds; null for anything that is not such a frame within the caps. */
export function readNewestPostsFrame(frame: Uint8Array): Uint8Array[] | null {
  if (frame.length > newestFrameMaxBytes || frame[0] !== newestPostsFrameKind) return null;
  try {
    const decoder = decoding.createDecoder(frame.subarray(1));
    const count = decoding.readVarUint(decoder);
    if (count === 0 || count > newestPostsCount) return null;
    const entries: Uint8Array[] = [];
    let bytes = 0;
    for (let i = 0; i < count; i++) {
      const entry = decoding.readVarUint8Array(decoder);
      bytes += entry.length;
      if (entry.length === 0 || entry.length > maxEntryBytes || bytes > newestPostsBytes) return null;
      // A copy: the frame's buffer is not kept alive by what is shown.
      entries.push(entry.slice());
    }
    return decoder.pos === decoder.arr.length ? entries : null;
  } catch {
    // lib0 throws on a length past the end.
    return null;
  }
}

/** The state vector of a sync step 1 ([0, 0, state vector, …]), or null for any other message. */
function stateVectorOf(message: Uint8Array): { vector: Uint8Array; end: number } | null {
  if (message[0] !== 0 || message[1] !== 0) return null;
  try {
    const decoder = decoding.createDecoder(message.subarray(2));
    const vector = decoding.readVarUint8Array(decoder);
    return { vector, end: 2 + decoder.pos };
  } catch {
    return null;
  }
}

/** Whether a state vector is a (nearly) empty doc's; false for one that does not read. */
export function isNearlyEmpty(vector: Uint8Array): boolean {
  try {
    let clocks = 0;
    for (const clock of Y.decodeStateVector(vector).values()) clocks += clock;
    return clocks <= nearlyEmptyClocks;
  } catch {
    return false;
  }
}

/** This sync step 1 with the ask added, when its doc is (nearly) empty; any other message as it is. */
export function askingForNewest(message: Uint8Array): Uint8Array {
  const step1 = stateVectorOf(message);
  if (!step1 || step1.end !== message.length || !isNearlyEmpty(step1.vector)) return message;
  const out = new Uint8Array(message.length + deflatedAsk.length);
  out.set(message);
  out.set(deflatedAsk, message.length);
  return out;
}

/** Whether this message is a sync step 1 of a (nearly) empty doc, with an ask after its state vector. */
export function asksForNewest(message: Uint8Array): boolean {
  return askIn(message) !== null;
}

/** Whether this message asks for the newest posts and says its sender reads deflated messages. */
export function readsDeflated(message: Uint8Array): boolean {
  return askIn(message) === deflatedAsk;
}

/** The ask after a nearly empty doc's state vector, of either kind; null for none. */
function askIn(message: Uint8Array): Uint8Array | null {
  const step1 = stateVectorOf(message);
  if (!step1 || !isNearlyEmpty(step1.vector)) return null;
  for (const ask of [plainAsk, deflatedAsk]) {
    if (message.length - step1.end !== ask.length) continue;
    let same = true;
    for (let i = 0; i < ask.length && same; i++) same = message[step1.end + i] === ask[i];
    if (same) return ask;
  }
  return null;
}
