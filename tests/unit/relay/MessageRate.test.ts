// The rate every relay connection is held to, on a clock the test moves.
import { describe, expect, it } from 'vitest';
import { MessageRate } from '../../../src/relay/MessageRate.ts';
import { TokenBucket } from '../../../src/relay/TokenBucket.ts';

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('TokenBucket', () => {
  it('gives its capacity at once, then refills at its rate, never above capacity', () => {
    const time = clock();
    const bucket = new TokenBucket(3, 2, time.now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    time.advance(499);
    expect(bucket.take()).toBe(false);
    time.advance(1);
    expect(bucket.take()).toBe(true);
    time.advance(60_000);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });
});

describe('MessageRate', () => {
  const limits = { burst: 4, perSecond: 10, forgivenDrops: 3 };

  it('handles the burst, drops the forgiven ones, then closes', () => {
    const time = clock();
    const rate = new MessageRate(limits, time.now);
    const verdicts = Array.from({ length: 9 }, () => rate.judge());
    expect(verdicts).toEqual(['handle', 'handle', 'handle', 'handle', 'drop', 'drop', 'drop', 'close', 'close']);
  });

  it('never closes a sender that keeps to the rate', () => {
    const time = clock();
    const rate = new MessageRate(limits, time.now);
    for (let i = 0; i < 10_000; i++) {
      expect(rate.judge()).toBe('handle');
      time.advance(100);
    }
  });

  it('forgives a sender that was over for a moment once it slows down', () => {
    const time = clock();
    const rate = new MessageRate(limits, time.now);
    for (let i = 0; i < 6; i++) rate.judge(); // 4 handled, 2 dropped
    time.advance(10_000);
    for (let i = 0; i < 6; i++) expect(rate.judge()).not.toBe('close');
  });

  it('closes a sender that stays a little over the rate, sooner or later', () => {
    const time = clock();
    const rate = new MessageRate(limits, time.now);
    let sent = 0;
    while (rate.judge() !== 'close') {
      sent++;
      time.advance(50); // twice the rate
      if (sent > 10_000) throw new Error('never closed');
    }
    expect(sent).toBeGreaterThan(limits.burst);
  });
});
