import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FrameError,
  framedLength,
  largestMessageBytes,
  MessageJoiner,
  splitMessage,
} from '../../../src/sync/messageFrames.ts';

function framesOf(joiner: MessageJoiner, frames: Uint8Array[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const frame of frames) {
    const whole = joiner.push(frame);
    if (whole) out.push(whole);
  }
  return out;
}

describe('message frames', () => {
  it('split and joined give back any message, one at a time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 5 }),
        fc.integer({ min: 1, max: 64 }),
        (messages, size) => {
          const frames = messages.flatMap((message) => splitMessage(message, size));
          for (const frame of frames) expect(frame.length).toBeLessThanOrEqual(size + 1);
          expect(framesOf(new MessageJoiner(), frames)).toEqual(messages);
          const lengths = messages.map((message) =>
            splitMessage(message, size).reduce((sum, frame) => sum + frame.length, 0),
          );
          expect(lengths).toEqual(messages.map((message) => framedLength(message.length, size)));
        },
      ),
    );
  });

  it('keeps a 10 MB message under the browser limit per frame', () => {
    const big = new Uint8Array(10 * 1024 * 1024);
    for (let i = 0; i < big.length; i += 4099) big[i] = i % 251;
    const frames = splitMessage(big);
    expect(Math.max(...frames.map((f) => f.length))).toBeLessThanOrEqual(64 * 1024 + 1);
    const [whole] = framesOf(new MessageJoiner(), frames);
    // Buffer.equals: a byte-by-byte toEqual on 10 MB takes many seconds.
    expect(whole && Buffer.from(whole).equals(big)).toBe(true);
  });

  it('gives back a message of exactly the largest size allowed', () => {
    const joiner = new MessageJoiner(1000);
    expect(framesOf(joiner, splitMessage(new Uint8Array(1000), 300))).toHaveLength(1);
  });
});

describe('a peer that sends past the caps', () => {
  it('is refused once a message grows past the largest size, before the rest arrives', () => {
    const joiner = new MessageJoiner(100);
    const frames = splitMessage(new Uint8Array(500), 50);
    expect(joiner.push(frames[0] as Uint8Array)).toBeNull();
    expect(joiner.push(frames[1] as Uint8Array)).toBeNull();
    expect(joiner.held).toBe(100);
    expect(() => joiner.push(frames[2] as Uint8Array)).toThrow(new FrameError('message too large'));
    expect(joiner.held).toBe(0);
  });

  it('is refused for frames no Buurtruil peer sends: empty, or of an unknown kind', () => {
    expect(() => new MessageJoiner().push(new Uint8Array(0))).toThrow(FrameError);
    for (const kind of [2, 7, 255]) {
      expect(() => new MessageJoiner().push(Uint8Array.of(kind, 1, 2))).toThrow(new FrameError('unknown frame kind'));
    }
  });

  it('holds never more than the cap, whatever the frames', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ minLength: 1, maxLength: 40 }), { maxLength: 60 }), (frames) => {
        const joiner = new MessageJoiner(200);
        for (const frame of frames) {
          try {
            joiner.push(frame);
          } catch (error) {
            expect(error).toBeInstanceOf(FrameError);
            return;
          }
          expect(joiner.held).toBeLessThanOrEqual(200);
        }
      }),
    );
  });

  it('has a cap that fits the busy year (16.4 MB) twice and is below the old 64 MiB', () => {
    expect(largestMessageBytes).toBeGreaterThanOrEqual(2 * 16.4e6);
    expect(largestMessageBytes).toBeLessThan(64 * 1024 * 1024);
  });
});
