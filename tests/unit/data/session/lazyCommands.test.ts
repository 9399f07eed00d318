// A lazily loaded command object (the session's member cards and kiosk): its code loads at the
// first call and once, the calls keep their order and their answers, and awaiting the object
// itself loads nothing.
import { describe, expect, it } from 'vitest';
import { lazyCommands } from '../../../../src/data/session/lazyCommands.ts';

class Counter {
  private count = 0;
  async add(by: number): Promise<number> {
    this.count += by;
    return this.count;
  }
  async fail(): Promise<never> {
    throw new Error('refused');
  }
}

describe('lazy commands', () => {
  it('load at the first call, once, and answer as the object would', async () => {
    let loads = 0;
    const counter = lazyCommands(async () => {
      loads++;
      return new Counter();
    });
    expect(loads).toBe(0);
    const answers = await Promise.all([counter.add(1), counter.add(2)]);
    expect(answers).toEqual([1, 3]);
    expect(await counter.add(4)).toBe(7);
    expect(loads).toBe(1);
    await expect(counter.fail()).rejects.toThrow('refused');
  });

  it('are not a promise: awaiting the object loads nothing', async () => {
    let loads = 0;
    const counter = lazyCommands(async () => {
      loads++;
      return new Counter();
    });
    expect(await counter).toBe(counter);
    expect(loads).toBe(0);
  });
});
