// yieldWhenDue gives the page a turn by the clock, not by a count of entries: at once
// while the slice lasts, a real turn once it has run for sliceMs (a busy phone's slice of
// 256 entries took 50-400 ms; the clock keeps each well under a long task's 50 ms).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sliceMs, yieldWhenDue } from '../../../src/sync/yieldToPage.ts';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('yieldWhenDue', () => {
  it('gives a turn only once the slice has run for sliceMs', async () => {
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const turns: number[] = [];
    vi.stubGlobal('scheduler', {
      yield: async () => {
        turns.push(now);
      },
    });
    // The first call after a long idle gives a turn and starts a slice.
    await yieldWhenDue();
    expect(turns).toEqual([1000]);
    now += sliceMs - 1;
    await yieldWhenDue();
    expect(turns).toHaveLength(1);
    now += 1;
    await yieldWhenDue();
    expect(turns).toEqual([1000, 1000 + sliceMs]);
    // A new slice starts when the page comes back.
    now += 1;
    await yieldWhenDue();
    expect(turns).toHaveLength(2);
  });
});
