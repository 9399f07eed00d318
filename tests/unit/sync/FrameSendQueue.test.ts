// The queue of frames waiting for one peer's data channel, and its cap.
import { describe, expect, it } from 'vitest';
import { FrameSendQueue, sendQueueCapBytes } from '../../../src/sync/FrameSendQueue.ts';
import { framedLength, largestMessageBytes, MessageJoiner } from '../../../src/sync/messageFrames.ts';

describe('FrameSendQueue', () => {
  it('hands frames over in order while the channel has room, and the rest later', () => {
    const queue = new FrameSendQueue();
    const message = new Uint8Array(200_000).fill(7, 70_000).fill(3, 140_000);
    expect(queue.add(message)).toBe(true);
    expect(queue.add(Uint8Array.of(9))).toBe(true);
    const sent: Uint8Array[] = [];
    queue.drain(
      (frame) => sent.push(frame),
      () => sent.length < 2,
    );
    expect(sent).toHaveLength(2);
    queue.drain(
      (frame) => sent.push(frame),
      () => true,
    );
    expect(queue.bytes).toBe(0);
    const joiner = new MessageJoiner();
    const out = sent.map((frame) => joiner.push(frame)).filter((m) => m !== null);
    expect(out).toEqual([message, Uint8Array.of(9)]);
  });

  it('refuses a message that would take it past its cap, and queues nothing of it', () => {
    const queue = new FrameSendQueue(1000);
    expect(queue.add(new Uint8Array(600))).toBe(true);
    const before = queue.bytes;
    expect(queue.add(new Uint8Array(600))).toBe(false);
    expect(queue.bytes).toBe(before);
    // Once the peer reads, there is room again.
    queue.drain(
      () => {},
      () => true,
    );
    expect(queue.add(new Uint8Array(600))).toBe(true);
  });

  it('counts what it holds exactly, frame headers included', () => {
    const queue = new FrameSendQueue();
    queue.add(new Uint8Array(64 * 1024 * 3 + 5));
    expect(queue.bytes).toBe(64 * 1024 * 3 + 5 + 4);
    let left = 4;
    queue.drain(
      () => left--,
      () => left > 2,
    );
    expect(queue.bytes).toBe(64 * 1024 + 5 + 2);
  });

  it("with its real cap: room for the largest message, and for a busy year's document twice, not three times", () => {
    // Arithmetic on the constants: filling a real queue would allocate 50 MB in a unit test.
    expect(sendQueueCapBytes).toBeGreaterThanOrEqual(framedLength(largestMessageBytes));
    expect(Math.floor(sendQueueCapBytes / framedLength(16.4e6))).toBe(2);
  });
});
