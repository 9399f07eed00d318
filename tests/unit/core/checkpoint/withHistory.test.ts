// An archive device shows the state judged across a checkpoint with the history of its
// frontier beside it (src/core/checkpoint/withHistory.ts): the transfers and acts from
// before the checkpoint are there to read, while everything that counts — balances, roles,
// what is open — is the judged state's, the one a phone that started from the checkpoint has.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkpointSummary } from '../../../../src/core/checkpoint/summary.ts';
import { HistoryMap, withHistory } from '../../../../src/core/checkpoint/withHistory.ts';
import { deriveState } from '../../../../src/core/state/deriveState.ts';
import { idOf, keyOf, TestNetwork } from '../TestNetwork.ts';
import { acrossCheckpoint, picture, verified } from './checkpointing.ts';
import { cutHistory, day, type Step } from './histories.ts';

describe('a map with its history beside it', () => {
  it('reads the later map first, then the history, and counts each key once', () => {
    const before = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    const after = new Map([
      ['b', 20],
      ['c', 30],
    ]);
    const shown = new HistoryMap(before, after);
    expect(shown.get('a')).toBe(1);
    expect(shown.get('b')).toBe(20);
    expect(shown.has('c')).toBe(true);
    expect(shown.has('d')).toBe(false);
    expect(shown.size).toBe(3);
    expect([...shown]).toEqual([
      ['a', 1],
      ['b', 20],
      ['c', 30],
    ]);
    expect([...shown.keys()]).toEqual(['a', 'b', 'c']);
    expect([...shown.values()]).toEqual([1, 20, 30]);
    expect(new Map(shown).get('b')).toBe(20);
  });

  it('shows what the later map gains at once, and cannot be changed itself', () => {
    const after = new Map([['b', 2]]);
    const shown = new HistoryMap(new Map([['a', 1]]), after);
    expect(shown.size).toBe(2);
    after.set('c', 3);
    expect(shown.size).toBe(3);
    expect(shown.get('c')).toBe(3);
    expect(() => shown.set()).toThrow(/read-only/);
    expect(() => shown.delete()).toThrow(/read-only/);
  });
});

describe('the state shown with its history', () => {
  it('holds the transfers and acts from before the checkpoint, and the balances of the judged state', () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const old = network.transfer(anna, bram, 30);
    const until = network.clock;
    network.tick(40 * day);
    const later = network.transfer(bram, anna, 45);
    const now = network.clock + 1000;
    const { archive, built } = acrossCheckpoint(network.netId, network.entries, until, now);
    expect(archive.transfers.has(idOf(old))).toBe(false);

    const shown = withHistory(built.state, archive);
    expect([...shown.transfers.keys()]).toEqual([idOf(old), idOf(later)]);
    expect(shown.acts.map((act) => act.type)).toEqual(built.state.acts.map((act) => act.type));
    expect(shown.members.get(keyOf(anna))?.balance).toBe(archive.members.get(keyOf(anna))?.balance);
    expect(shown.pot).toBe(archive.pot);
    expect(picture(shown)).toEqual(picture(archive));
    expect(() => {
      (shown as { pot: number }).pot = 1;
    }).toThrow(/read-only/);
  });

  it('shows what everything people see agrees on, over any history: the judged state’s picture, with every entry ever applied', () => {
    const steps = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 20 });
    fc.assert(
      fc.property(steps, steps, (before: Step[], after: Step[]) => {
        const { network, until, now } = cutHistory(before, after);
        const all = verified(network.entries);
        const built = checkpointSummary(network.netId, { part: 1, after: null, until }, all);
        const { archive } = acrossCheckpoint(network.netId, network.entries, until, now);
        const shown = withHistory(built.state, archive);
        expect(picture(shown)).toEqual(picture(archive));
        for (const id of built.state.applied.keys()) expect(shown.applied.has(id)).toBe(true);
        for (const id of archive.applied.keys()) expect(shown.applied.get(id)).toBe(archive.applied.get(id));
        const whole = deriveState(network.netId, all, now);
        // Every transfer deriving everything at once counts is shown, unless the checkpoint's
        // own rules refused it (it named what the frontier closed).
        for (const id of whole.transfers.keys())
          if (!archive.rejected.has(id)) expect(shown.transfers.has(id)).toBe(true);
      }),
      { numRuns: Number(process.env.RUNS ?? 40) },
    );
  }, 600_000);
});
