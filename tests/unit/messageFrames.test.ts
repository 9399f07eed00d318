import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MessageJoiner, splitMessage } from '../../src/sync/messageFrames.ts';

describe('message frames', () => {
  it('split and joined give back any message, one at a time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 5 }),
        fc.integer({ min: 1, max: 64 }),
        (messages, size) => {
          const joiner = new MessageJoiner();
          const out: Uint8Array[] = [];
          for (const message of messages) {
            for (const frame of splitMessage(message, size)) {
              expect(frame.length).toBeLessThanOrEqual(size + 1);
              const whole = joiner.push(frame);
              if (whole) out.push(whole);
            }
          }
          expect(out).toEqual(messages);
        },
      ),
    );
  });

  it('keeps a 10 MB message under the browser limit per frame', () => {
    const big = new Uint8Array(10 * 1024 * 1024);
    for (let i = 0; i < big.length; i++) big[i] = i % 251;
    const frames = splitMessage(big);
    expect(Math.max(...frames.map((f) => f.length))).toBeLessThanOrEqual(64 * 1024 + 1);
    const joiner = new MessageJoiner();
    let whole: Uint8Array | null = null;
    for (const frame of frames) whole = joiner.push(frame) ?? whole;
    // Byte for byte, without a deep-equal walk over ten million elements (seconds on a busy machine).
    expect(whole !== null && Buffer.from(whole).equals(Buffer.from(big))).toBe(true);
  });

  it('drops a message that grows past its limit instead of eating memory', () => {
    const joiner = new MessageJoiner(100);
    for (const frame of splitMessage(new Uint8Array(500), 50)) expect(joiner.push(frame)).toBeNull();
    expect(joiner.push(splitMessage(new Uint8Array([7]))[0] as Uint8Array)).toEqual(new Uint8Array([7]));
  });
});
