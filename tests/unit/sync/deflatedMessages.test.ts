// Deflated messages (src/sync/deflatedMessages.ts, docs/protocol.md §7): a new device that asks
// for the newest posts says it reads deflated messages, and its peer sends the doc so: fewer
// bytes, the same doc, in order with what follows. A peer of an older build (the plain ask)
// gets plain messages; deflated frames nobody asked for, bytes that do not inflate, and a
// message that inflates past the largest a peer takes drop the peer.
import * as encoding from 'lib0/encoding';
import { describe, expect, it, vi } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  deflatedLast,
  deflatedMore,
  InflatedBudget,
  InflateError,
  InflatingMessage,
} from '../../../src/sync/deflatedMessages.ts';
import { FramedChannel, type LaterMessages } from '../../../src/sync/framedDataChannels.ts';
import { splitMessage } from '../../../src/sync/messageFrames.ts';
import type { NewestPosts } from '../../../src/sync/newestPostsFrame.ts';

const pieces = { maxBytes: 8 * 1024 * 1024, maxStructs: Number.POSITIVE_INFINITY };
const awareness = Uint8Array.of(1, 0);

function channel() {
  const frames: Uint8Array[] = [];
  const fake = { readyState: 'open', bufferedAmount: 0, send: (frame: Uint8Array) => frames.push(frame) };
  return { frames, fake: fake as unknown as RTCDataChannel };
}

const hooks = (): NewestPosts => ({ newest: () => [], heard: () => {}, synced: () => {} });

function sync(type: 'step1' | 'step2', doc: Y.Doc): Uint8Array {
  const out = encoding.createEncoder();
  encoding.writeVarUint(out, 0);
  if (type === 'step1') syncProtocol.writeSyncStep1(out, doc);
  else syncProtocol.writeSyncStep2(out, doc);
  return encoding.toUint8Array(out);
}

/** Entries as a part holds them: signed bytes with text in them, so they deflate as a year's do. */
function partDoc(count: number): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (let i = 0; i < count; i++) {
      const text = new TextEncoder().encode(`Ik help graag met de tuin, ${i % 40} uur per week, in Oost`);
      const bytes = new Uint8Array(64 + 32 + text.length);
      crypto.getRandomValues(bytes.subarray(0, 64));
      bytes.set(text, 96);
      doc.getMap<Uint8Array>('entries').set(`entry-${i}`, bytes);
    }
  });
  return doc;
}

/** A channel's messages delivered later, and whether it dropped its peer. */
function later() {
  const delivered: Uint8Array[] = [];
  const failed: Error[] = [];
  const sink: LaterMessages = { deliver: (m) => delivered.push(m), fail: (e) => failed.push(e) };
  return { delivered, failed, sink };
}

describe('deflated messages', () => {
  it('a new device asks, its peer sends the doc deflated: fewer bytes, the same doc, in order', async () => {
    const older = partDoc(3000);
    const toOld = channel();
    const toNew = channel();
    const mine = later();
    const fresh = new FramedChannel(toOld.fake, pieces, undefined, hooks, mine.sink);
    const old = new FramedChannel(toNew.fake, pieces, undefined, hooks);
    fresh.send(sync('step1', new Y.Doc()));
    for (const frame of toOld.frames.splice(0)) {
      const message = old.receive(frame);
      if (message) old.send(sync('step2', older));
    }
    old.send(awareness);
    const plain = sync('step2', older);
    // Deflated frames come as the stream gives them: wait until the last one is out.
    await vi.waitFor(() => expect(toNew.frames.at(-1)?.[0]).toBe(0));
    expect(toNew.frames.slice(0, -1).every((frame) => frame[0] === deflatedMore || frame[0] === deflatedLast)).toBe(
      true,
    );
    const sent = toNew.frames.reduce((n, frame) => n + frame.length, 0);
    expect(sent).toBeLessThan(0.8 * plain.length);
    for (const frame of toNew.frames.splice(0)) expect(fresh.receive(frame)).toBeNull();
    await vi.waitFor(() => expect(mine.delivered).toHaveLength(2));
    expect(mine.delivered[0]).toEqual(plain);
    expect(mine.delivered[1]).toEqual(awareness);
    expect(mine.failed).toHaveLength(0);
  });

  it('a peer of an older build (the plain ask) gets plain messages', () => {
    const older = partDoc(3000);
    const toOld = channel();
    const old = new FramedChannel(toOld.fake, pieces, undefined, hooks);
    const plainAsk = Uint8Array.of(...sync('step1', new Y.Doc()), ...new TextEncoder().encode('buurtruil:newest'));
    for (const frame of splitMessage(plainAsk)) expect(old.receive(frame)).toEqual(plainAsk);
    old.send(sync('step2', older));
    expect(toOld.frames.every((frame) => frame[0] === 0 || frame[0] === 1)).toBe(true);
    expect(toOld.frames.length).toBeGreaterThan(1);
  });

  it('deflated frames nobody asked for drop the peer', () => {
    const notNew = new FramedChannel(channel().fake, pieces, undefined, hooks);
    notNew.send(sync('step1', partDoc(100)));
    expect(() => notNew.receive(Uint8Array.of(deflatedLast, 1, 2, 3))).toThrow(/unasked/);
    // Nor one that never asked at all (no room to show newest posts in).
    const plain = new FramedChannel(channel().fake, pieces);
    plain.send(sync('step1', new Y.Doc()));
    expect(() => plain.receive(Uint8Array.of(deflatedLast))).toThrow(/unasked/);
  });

  it('bytes that do not inflate, and a message that inflates past the largest, drop the peer', async () => {
    const mine = later();
    const fresh = new FramedChannel(channel().fake, pieces, undefined, hooks, mine.sink);
    fresh.send(sync('step1', new Y.Doc()));
    fresh.receive(Uint8Array.of(deflatedLast, 0xff, 0xff, 0xff, 0xff));
    await vi.waitFor(() => expect(mine.failed).toHaveLength(1));
    expect(mine.failed[0]).toBeInstanceOf(InflateError);
    expect(mine.delivered).toHaveLength(0);

    // A bomb: 4 MiB of zeros deflate to a few KiB, past 16 times their bytes and 1 MiB.
    const zeros = await deflated(new Uint8Array(4 * 1024 * 1024));
    expect(zeros.length).toBeLessThan(64 * 1024);
    const bomb = new InflatingMessage(new InflatedBudget());
    bomb.push(zeros);
    await expect(bomb.whole()).rejects.toThrow(/past what it may/);
    // Deflated bytes alone past the limit are refused as they come.
    const long = new InflatingMessage(new InflatedBudget(), 1024);
    expect(() => long.push(new Uint8Array(2048))).toThrow(InflateError);
  });

  it('a flood of bombs drops the peer at the first; honest messages past what a channel holds at once do too', async () => {
    // A y-webrtc update of an empty Yjs update, padded with zeros y-protocols ignores: 32 MiB from 32 KiB.
    const padded = new Uint8Array(32 * 1024 * 1024 - 1024);
    padded.set([0, 2, 2, 0, 0]);
    const bomb = joined(Uint8Array.of(deflatedLast), await deflated(padded));
    const mine = later();
    const fresh = new FramedChannel(channel().fake, pieces, undefined, hooks, mine.sink);
    fresh.send(sync('step1', new Y.Doc()));
    for (let i = 0; i < 8; i++) fresh.receive(bomb);
    await vi.waitFor(() => expect(mine.failed.length).toBeGreaterThan(0));
    expect(mine.failed[0]).toBeInstanceOf(InflateError);
    expect(mine.delivered).toHaveLength(0);

    // Within the ratio (text deflates about 3 times), but more at once than the channel holds.
    const text = new TextEncoder().encode('Ik help graag met de tuin, in Oost. '.repeat(20_000));
    const budget = new InflatedBudget(1024 * 1024);
    const inFlight = [new InflatingMessage(budget), new InflatingMessage(budget)];
    for (const message of inFlight) message.push(await deflated(joined(Uint8Array.of(0, 2), text)));
    // They inflate side by side: whichever passes the channel's budget is refused.
    const results = await Promise.allSettled(inFlight.map((message) => message.whole()));
    expect(results.some((result) => result.status === 'rejected' && result.reason instanceof InflateError)).toBe(true);
    // Each alone fits.
    const alone = new InflatingMessage(new InflatedBudget(1024 * 1024));
    alone.push(await deflated(joined(Uint8Array.of(0, 2), text)));
    expect((await alone.whole()).length).toBe(text.length + 2);
  });

  it('only the answer to the ask goes deflated, and deflated frames after it drop the peer', async () => {
    const older = partDoc(3000);
    const toOld = channel();
    const toNew = channel();
    const mine = later();
    const fresh = new FramedChannel(toOld.fake, pieces, undefined, hooks, mine.sink);
    const old = new FramedChannel(toNew.fake, pieces, undefined, hooks);
    fresh.send(sync('step1', new Y.Doc()));
    for (const frame of toOld.frames.splice(0)) if (old.receive(frame)) old.send(sync('step2', older));
    // A big update later (a busy day): plain.
    const update = joined(Uint8Array.of(0, 2), sync('step2', partDoc(2000)).subarray(2));
    old.send(update);
    await vi.waitFor(() => expect(toNew.frames.some((frame) => frame[0] === deflatedLast)).toBe(true));
    const last = toNew.frames.findIndex((frame) => frame[0] === deflatedLast);
    expect(toNew.frames.slice(last + 1).every((frame) => frame[0] === 0 || frame[0] === 1)).toBe(true);
    for (const frame of toNew.frames.splice(0)) fresh.receive(frame);
    await vi.waitFor(() => expect(mine.delivered).toHaveLength(2));
    expect(mine.delivered[1]).toEqual(update);
    // The answer came: a deflated frame now is unasked.
    const afterIt = Uint8Array.of(deflatedLast, ...(await deflated(awareness)));
    expect(() => fresh.receive(afterIt)).toThrow(/unasked/);
  });

  it("an error of this device's own while taking a message in does not drop the peer", async () => {
    const failed: Error[] = [];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const fresh = new FramedChannel(channel().fake, pieces, undefined, hooks, {
      deliver: () => {
        throw new Error('an observer of this device failed');
      },
      fail: (error) => failed.push(error),
    });
    fresh.send(sync('step1', new Y.Doc()));
    fresh.receive(Uint8Array.of(deflatedLast, ...(await deflated(Uint8Array.of(0, 2, 2, 0, 0)))));
    await vi.waitFor(() => expect(errors).toHaveBeenCalled());
    expect(failed).toHaveLength(0);
    errors.mockRestore();
  });

  it('a message that is not a y-webrtc one after inflating drops the peer', async () => {
    const mine = later();
    const fresh = new FramedChannel(channel().fake, pieces, undefined, hooks, mine.sink);
    fresh.send(sync('step1', new Y.Doc()));
    fresh.receive(Uint8Array.of(deflatedLast, ...(await deflated(Uint8Array.of(9, 9, 9)))));
    await vi.waitFor(() => expect(mine.failed).toHaveLength(1));
    expect(mine.failed[0]?.message).toMatch(/not y-webrtc/);
  });
});

async function deflated(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
