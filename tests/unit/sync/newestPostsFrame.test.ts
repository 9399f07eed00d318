// Newest posts first (src/sync/newestPostsFrame.ts, docs/protocol.md §7): the frame's caps, a
// reader that takes nothing it should not, the ask at the end of a new device's sync step 1
// (which a peer that does not know it reads as before), and the channel that sends the frame
// once, before the doc, only to a device that asked, and hands on only what it asked for.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { maxEntryBytes } from '../../../src/core/entry/Entry.ts';
import { FramedChannel } from '../../../src/sync/framedDataChannels.ts';
import { splitMessage } from '../../../src/sync/messageFrames.ts';
import {
  askingForNewest,
  asksForNewest,
  type NewestPosts,
  newestFrameMaxBytes,
  newestPostsBytes,
  newestPostsCount,
  newestPostsFrame,
  readNewestPostsFrame,
} from '../../../src/sync/newestPostsFrame.ts';

const entry = (length: number, fill: number) => new Uint8Array(length).fill(fill);

function step1Of(doc: Y.Doc): Uint8Array {
  const out = encoding.createEncoder();
  encoding.writeVarUint(out, 0);
  syncProtocol.writeSyncStep1(out, doc);
  return encoding.toUint8Array(out);
}

function docWith(entries: number): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (let i = 0; i < entries; i++) doc.getMap<Uint8Array>('entries').set(`e${i}`, entry(10, i));
  });
  return doc;
}

/** What y-webrtc does with a sync message: the answer it sends back (null for none). */
function yWebrtcAnswer(doc: Y.Doc, message: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(message);
  const out = encoding.createEncoder();
  expect(decoding.readVarUint(decoder)).toBe(0);
  encoding.writeVarUint(out, 0);
  const type = syncProtocol.readSyncMessage(decoder, out, doc, null);
  return type === syncProtocol.messageYjsSyncStep1 ? encoding.toUint8Array(out) : null;
}

function channel() {
  const frames: Uint8Array[] = [];
  const fake = { readyState: 'open', bufferedAmount: 0, send: (frame: Uint8Array) => frames.push(frame) };
  return { frames, fake: fake as unknown as RTCDataChannel };
}

function newestHooks(posts: readonly Uint8Array[] = []) {
  const heard: (readonly Uint8Array[])[] = [];
  const hooks: NewestPosts = { newest: () => posts, heard: (entries) => heard.push(entries), synced: () => {} };
  return { hooks, heard };
}

const pieces = { maxBytes: 8 * 1024 * 1024, maxStructs: Number.POSITIVE_INFINITY };

describe('the newest posts frame', () => {
  it('carries the posts in order, and reads back as they were', () => {
    const posts = [entry(300, 1), entry(500, 2), entry(1, 3)];
    const frame = newestPostsFrame(posts);
    expect(frame?.[0]).toBe(2);
    expect(readNewestPostsFrame(frame as Uint8Array)).toEqual(posts);
  });

  it('holds at most 80 posts and 64 KiB of them, and never an entry larger than an entry may be', () => {
    const many = Array.from({ length: 200 }, (_, i) => entry(100, i));
    expect(readNewestPostsFrame(newestPostsFrame(many) as Uint8Array)).toHaveLength(newestPostsCount);
    const large = Array.from({ length: 40 }, (_, i) => entry(3000, i));
    const read = readNewestPostsFrame(newestPostsFrame(large) as Uint8Array) ?? [];
    expect(read.length).toBe(Math.floor(newestPostsBytes / 3000));
    expect(read.reduce((sum, one) => sum + one.length, 0)).toBeLessThanOrEqual(newestPostsBytes);
    const frame = newestPostsFrame([entry(maxEntryBytes + 1, 9), entry(200, 7)]);
    expect(readNewestPostsFrame(frame as Uint8Array)).toEqual([entry(200, 7)]);
    expect(newestPostsFrame([])).toBeNull();
  });

  it('reads nothing from garbage, a short or long frame, a false count, or too much', () => {
    const good = newestPostsFrame([entry(300, 1), entry(300, 2)]) as Uint8Array;
    expect(readNewestPostsFrame(good.subarray(0, good.length - 1))).toBeNull();
    expect(readNewestPostsFrame(Uint8Array.of(...good, 0))).toBeNull();
    expect(readNewestPostsFrame(Uint8Array.of(2))).toBeNull();
    expect(readNewestPostsFrame(Uint8Array.of(2, 0))).toBeNull();
    expect(readNewestPostsFrame(Uint8Array.of(2, 81, ...new Uint8Array(81).fill(1)))).toBeNull();
    expect(readNewestPostsFrame(Uint8Array.of(2, 5, 1, 1))).toBeNull();
    expect(readNewestPostsFrame(Uint8Array.of(2, 1, 0))).toBeNull();
    // A length of 2^35: lib0 says the array ended.
    expect(readNewestPostsFrame(Uint8Array.of(2, 1, 0xff, 0xff, 0xff, 0xff, 0x7f))).toBeNull();
    const random = crypto.getRandomValues(new Uint8Array(4000));
    random[0] = 2;
    expect(readNewestPostsFrame(random)).toBeNull();
    expect(readNewestPostsFrame(new Uint8Array(newestFrameMaxBytes + 1).fill(2))).toBeNull();
    // 80 posts of 900 bytes: more than 64 KiB, though each is fine.
    const over = encoding.createEncoder();
    encoding.writeUint8(over, 2);
    encoding.writeVarUint(over, 80);
    for (let i = 0; i < 80; i++) encoding.writeVarUint8Array(over, entry(900, i));
    expect(readNewestPostsFrame(encoding.toUint8Array(over))).toBeNull();
  });
});

describe("the ask in a new device's sync step 1", () => {
  it('is added only for a (nearly) empty doc, and a peer that does not know it answers as before', () => {
    const empty = step1Of(new Y.Doc());
    const asking = askingForNewest(empty);
    expect(asking.length).toBeGreaterThan(empty.length);
    expect(asksForNewest(asking)).toBe(true);
    expect(asksForNewest(empty)).toBe(false);
    const full = step1Of(docWith(200));
    expect(askingForNewest(full)).toBe(full);
    expect(askingForNewest(Uint8Array.of(1, 0))).toEqual(Uint8Array.of(1, 0));
    // y-protocols reads the state vector and stops: the whole doc comes back, as for the plain step 1.
    const peer = docWith(200);
    const answer = yWebrtcAnswer(peer, asking) as Uint8Array;
    const doc = new Y.Doc();
    expect(yWebrtcAnswer(doc, answer)).toBeNull();
    expect(doc.getMap('entries').size).toBe(200);
  });

  it('is not believed from a doc that is not empty', () => {
    const asking = askingForNewest(step1Of(new Y.Doc()));
    const full = step1Of(docWith(200));
    const forged = Uint8Array.of(...full, ...asking.subarray(step1Of(new Y.Doc()).length));
    expect(asksForNewest(forged)).toBe(false);
  });
});

describe('a channel with newest posts', () => {
  it('sends them once, before the doc, to a new device that asks, which hands them to its room', () => {
    const posts = [entry(300, 1), entry(300, 2)];
    const older = docWith(300);
    const newDevice = new Y.Doc();
    const wire = { toOld: channel(), toNew: channel() };
    const mine = newestHooks();
    const theirs = newestHooks(posts);
    const fresh = new FramedChannel(wire.toOld.fake, pieces, undefined, () => mine.hooks);
    const old = new FramedChannel(wire.toNew.fake, pieces, undefined, () => theirs.hooks);
    fresh.send(step1Of(newDevice));
    for (const frame of wire.toOld.frames.splice(0)) {
      const message = old.receive(frame);
      const answer = message && yWebrtcAnswer(older, message);
      if (answer) old.send(answer);
    }
    // The frame first, then the doc.
    expect(wire.toNew.frames[0]?.[0]).toBe(2);
    expect(wire.toNew.frames.length).toBeGreaterThan(1);
    for (const frame of wire.toNew.frames.splice(0)) {
      const message = fresh.receive(frame);
      if (message) yWebrtcAnswer(newDevice, message);
    }
    expect(mine.heard).toEqual([posts]);
    expect(newDevice.getMap('entries').size).toBe(300);
    // Asked again (y-webrtc and the resyncs ask up to three times): the frame is not sent again.
    fresh.send(step1Of(new Y.Doc()));
    for (const frame of wire.toOld.frames.splice(0)) {
      const message = old.receive(frame);
      const answer = message && yWebrtcAnswer(older, message);
      if (answer) old.send(answer);
    }
    expect(wire.toNew.frames.some((frame) => frame[0] === 2)).toBe(false);
  });

  it('sends none to a device that did not ask, or to a peer whose doc is not empty', () => {
    const theirs = newestHooks([entry(300, 1)]);
    const wire = channel();
    const old = new FramedChannel(wire.fake, pieces, undefined, () => theirs.hooks);
    for (const step1 of [step1Of(new Y.Doc()), askingForNewest(step1Of(docWith(100)))]) {
      for (const frame of splitMessage(step1)) old.receive(frame);
    }
    expect(wire.frames).toHaveLength(0);
  });

  it('ignores frames it did not ask for, a second one, and bad ones, without dropping the peer', () => {
    const good = newestPostsFrame([entry(300, 1)]) as Uint8Array;
    // Not asked: a device that is not new (or has no room to show them in).
    const synced = newestHooks();
    const notAsked = new FramedChannel(channel().fake, pieces, undefined, () => synced.hooks);
    notAsked.send(step1Of(docWith(100)));
    expect(notAsked.receive(good)).toBeNull();
    expect(synced.heard).toHaveLength(0);

    // Asked: garbage is ignored, and used up the one frame it takes.
    for (const bad of [Uint8Array.of(2), new Uint8Array(newestFrameMaxBytes + 10).fill(2)]) {
      const mine = newestHooks();
      const fresh = new FramedChannel(channel().fake, pieces, undefined, () => mine.hooks);
      fresh.send(step1Of(new Y.Doc()));
      expect(fresh.receive(bad)).toBeNull();
      expect(fresh.receive(good)).toBeNull();
      expect(mine.heard).toHaveLength(0);
    }

    // In the middle of a message in parts: the message still arrives whole.
    const mine = newestHooks();
    const fresh = new FramedChannel(channel().fake, pieces, undefined, () => mine.hooks);
    fresh.send(step1Of(new Y.Doc()));
    const big = new Uint8Array(200_000).fill(5);
    big[0] = 1;
    const [first, ...rest] = splitMessage(big);
    expect(fresh.receive(first)).toBeNull();
    expect(fresh.receive(good)).toBeNull();
    expect(fresh.receive(good)).toBeNull();
    const arrived = rest.map((frame) => fresh.receive(frame)).filter((m) => m !== null);
    expect(arrived).toEqual([big]);
    expect(mine.heard).toEqual([[entry(300, 1)]]);
  });
});
