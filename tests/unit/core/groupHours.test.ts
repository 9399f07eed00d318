// Transfers with several people (docs/protocol-together.md §2): one record of parts, each
// moving once its payer and receiver agreed, at most once, whatever is repeated, copied,
// reordered or declined beside it; and nobody moves hours who is not a party.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorityTypes } from '../../../src/core/entry/bodies.ts';
import type { SignedEntry } from '../../../src/core/entry/Entry.ts';
import type { Identity } from '../../../src/core/Identity.ts';
import { Ledger } from '../../../src/core/Ledger.ts';
import { answerKey, partStatus } from '../../../src/core/state/groupParts.ts';
import type { NetworkState } from '../../../src/core/state/NetworkState.ts';
import { scramble } from './scenarios.ts';
import { idOf, keyOf, snapshot, TestNetwork } from './TestNetwork.ts';

function neighbourhood() {
  const network = new TestNetwork();
  const [anna, bram, cor, dirk, eva] = ['Anna', 'Bram', 'Cor', 'Dirk', 'Eva'].map((name) => network.member(name)) as [
    Identity,
    Identity,
    Identity,
    Identity,
    Identity,
  ];
  return { network, anna, bram, cor, dirk, eva };
}

type Part = [payer: Identity, receiver: Identity, minutes: number];

function record(network: TestNetwork, author: Identity, parts: Part[], what = 'Verhuizing'): SignedEntry {
  return network.write(author, 'group-hours', {
    parts: parts.map(([payer, receiver, minutes]) => ({
      payer: payer.signing.publicKey,
      receiver: receiver.signing.publicKey,
      minutes,
    })),
    what,
    post: null,
  });
}

function answer(network: TestNetwork, by: Identity, of: SignedEntry, part: number, agree: boolean, time?: number) {
  return network.write(by, 'part-answer', { record: of.id, part, agree }, time === undefined ? {} : { time });
}

/** Each member's balance minus the welcome hours: what the records moved. */
function moved(state: NetworkState, ...who: Identity[]): number[] {
  return who.map((m) => {
    const member = state.members.get(keyOf(m));
    return (member?.balance ?? Number.NaN) - (member?.welcome ?? 0);
  });
}

const reason = (state: NetworkState, entry: SignedEntry) => state.rejected.get(idOf(entry))?.reason;

describe('a record of several parts', () => {
  it('pays three helpers from one record; a declined part does not block the other two', async () => {
    const { network, anna, bram, cor, dirk } = neighbourhood();
    const furniture = record(network, anna, [
      [anna, bram, 120],
      [anna, cor, 120],
      [anna, dirk, 90],
    ]);
    answer(network, bram, furniture, 0, true);
    answer(network, cor, furniture, 1, false);
    answer(network, dirk, furniture, 2, true);
    const state = await network.state();
    expect(moved(state, anna, bram, cor, dirk)).toEqual([-210, 120, 0, 90]);
    const rec = state.groupRecords.get(idOf(furniture));
    expect(rec && [0, 1, 2].map((i) => partStatus(state, rec, i))).toEqual(['moved', 'declined', 'moved']);
    expect(state.pot + [...state.members.values()].reduce((sum, m) => sum + m.balance, 0)).toBe(0);
  });

  it('moves nothing before the other side agreed', async () => {
    const { network, anna, bram, cor } = neighbourhood();
    record(network, anna, [
      [anna, bram, 60],
      [anna, cor, 60],
    ]);
    expect(moved(await network.state(), anna, bram, cor)).toEqual([0, 0, 0]);
  });

  it('three helpers write one record they each are a party of; the one helped confirms each part', async () => {
    const { network, anna, bram, cor, dirk } = neighbourhood();
    // Bram writes it: his own part is agreed by writing; Cor's and Dirk's need both sides.
    const helped = record(network, bram, [
      [anna, bram, 60],
      [anna, cor, 60],
      [anna, dirk, 60],
    ]);
    for (const part of [0, 1, 2]) answer(network, anna, helped, part, true);
    answer(network, cor, helped, 1, true);
    const state = await network.state();
    // Dirk has not said yes: his part waits, though Anna agreed to it.
    expect(moved(state, anna, bram, cor, dirk)).toEqual([-120, 60, 60, 0]);
  });
});

describe('paying twice', () => {
  it('an answer written twice moves the part once', async () => {
    const { network, anna, bram } = neighbourhood();
    const r = record(network, anna, [[anna, bram, 60]]);
    answer(network, bram, r, 0, true);
    answer(network, bram, r, 0, true);
    expect(moved(await network.state(), anna, bram)).toEqual([-60, 60]);
  });

  it('a record and its answers copied into the history again move nothing more', async () => {
    const { network, anna, bram } = neighbourhood();
    const r = record(network, anna, [[anna, bram, 60]]);
    const yes = answer(network, bram, r, 0, true);
    const state = await network.state([...network.entries, r, yes, r, yes]);
    expect(moved(state, anna, bram)).toEqual([-60, 60]);
  });

  it('a yes is final: a later no does not undo it; a no is undone by a later yes', async () => {
    const { network, anna, bram, cor } = neighbourhood();
    const r = record(network, anna, [
      [anna, bram, 60],
      [anna, cor, 30],
    ]);
    answer(network, bram, r, 0, false);
    answer(network, bram, r, 0, true);
    answer(network, cor, r, 1, true);
    answer(network, cor, r, 1, false);
    expect(moved(await network.state(), anna, bram, cor)).toEqual([-90, 60, 30]);
  });

  it('a payer cannot take back a part it agreed to with a backdated no', async () => {
    const { network, anna, bram } = neighbourhood();
    // Bram writes the record; Anna pays by agreeing, then writes a no dated before her yes.
    const r = record(network, bram, [[anna, bram, 60]]);
    const yes = answer(network, anna, r, 0, true, network.clock + 120_000);
    const no = answer(network, anna, r, 0, false, network.clock + 60_000);
    const ledger = new Ledger(network.netId, { now: () => network.clock + 1_000_000 });
    await ledger.add(network.records(network.entries.filter((e) => e !== no)));
    expect(moved(ledger.state, anna, bram)).toEqual([-60, 60]);
    const added = await ledger.add(network.records([no]));
    expect(added.rebuilt).toBe(false);
    expect(moved(ledger.state, anna, bram)).toEqual([-60, 60]);
    expect(moved(await network.state(), anna, bram)).toEqual([-60, 60]);
    expect(reason(ledger.state, yes)).toBeUndefined();
  });

  it('two yeses from one party: the earliest is on record, in whichever order they arrive', async () => {
    const { network, anna, bram } = neighbourhood();
    const r = record(network, anna, [[anna, bram, 60]]);
    const later = answer(network, bram, r, 0, true, network.clock + 120_000);
    const earlier = answer(network, bram, r, 0, true, network.clock + 60_000);
    const key = answerKey(idOf(r), 0, keyOf(bram));
    for (const order of [[...network.entries], [...network.entries.filter((e) => e !== later), later]]) {
      const ledger = new Ledger(network.netId, { now: () => network.clock + 1_000_000 });
      for (const one of network.records(order)) await ledger.add([one]);
      expect(ledger.state.partAnswers.get(key)?.from.id).toBe(idOf(earlier));
      expect(moved(ledger.state, anna, bram)).toEqual([-60, 60]);
    }
  });

  it('two records with the same parts are two agreements, each paid once', async () => {
    const { network, anna, bram } = neighbourhood();
    const first = record(network, anna, [[anna, bram, 60]]);
    const second = record(network, anna, [[anna, bram, 60]]);
    answer(network, bram, first, 0, true);
    answer(network, bram, second, 0, true);
    answer(network, bram, first, 0, true);
    expect(moved(await network.state(), anna, bram)).toEqual([-120, 120]);
  });
});

describe('who may answer, who may write', () => {
  it('an answer by someone who is not a party of that part is not-party and moves nothing', async () => {
    const { network, anna, bram, cor, eva } = neighbourhood();
    const r = record(network, anna, [
      [anna, bram, 60],
      [anna, cor, 60],
    ]);
    const stranger = answer(network, eva, r, 0, true);
    // Cor is a party of part 1, not of part 0: his yes to Bram's part counts for nothing.
    const wrongPart = answer(network, cor, r, 0, true);
    const state = await network.state();
    expect(reason(state, stranger)).toBe('not-party');
    expect(reason(state, wrongPart)).toBe('not-party');
    expect(moved(state, anna, bram, cor, eva)).toEqual([0, 0, 0, 0]);
  });

  it('an author who is a party of no part is not-party: nobody writes hours between others alone', async () => {
    const { network, anna, bram, cor, eva } = neighbourhood();
    const r = record(network, eva, [
      [anna, bram, 60],
      [cor, bram, 60],
    ]);
    const yes = answer(network, bram, r, 0, true);
    const state = await network.state();
    expect(reason(state, r)).toBe('not-party');
    expect(reason(state, yes)).toBe('bad-ref');
    expect(moved(state, anna, bram, cor)).toEqual([0, 0, 0]);
  });

  it('a pair twice in one record is a mismatch, either way round', async () => {
    const { network, anna, bram, cor } = neighbourhood();
    const twice = record(network, anna, [
      [anna, bram, 60],
      [anna, cor, 30],
      [anna, bram, 60],
    ]);
    const back = record(network, anna, [
      [anna, bram, 60],
      [bram, anna, 60],
    ]);
    const state = await network.state();
    expect(reason(state, twice)).toBe('mismatch');
    expect(reason(state, back)).toBe('mismatch');
  });

  it('a part to oneself is self; a part with someone who is not a member is unknown-member', async () => {
    const { network, anna, bram } = neighbourhood();
    const self = record(network, anna, [
      [anna, bram, 60],
      [bram, bram, 60],
    ]);
    const outsider = network.join('Zef').identity;
    const unknown = record(network, anna, [[anna, outsider, 60]]);
    const state = await network.state();
    expect(reason(state, self)).toBe('self');
    expect(reason(state, unknown)).toBe('unknown-member');
  });

  it("the author's own answer is already-decided (its yes is the record), a part that is not there a mismatch", async () => {
    const { network, anna, bram } = neighbourhood();
    const r = record(network, anna, [[anna, bram, 60]]);
    const takeBack = answer(network, anna, r, 0, false);
    const nowhere = answer(network, bram, r, 3, true);
    answer(network, bram, r, 0, true);
    const state = await network.state();
    expect(reason(state, takeBack)).toBe('already-decided');
    expect(reason(state, nowhere)).toBe('mismatch');
    expect(moved(state, anna, bram)).toEqual([-60, 60]);
  });

  it('an answer waits for its record', async () => {
    const { network, anna, bram } = neighbourhood();
    const r = record(network, anna, [[anna, bram, 60]]);
    const yes = answer(network, bram, r, 0, true);
    const state = await network.state(network.entries.filter((e) => e !== r));
    expect(reason(state, yes)).toBe('missing-ref');
  });
});

/** A history of records and answers from a script: every entry signed for real. */
function script(steps: readonly [number, number, number, number][]) {
  const { network, anna, bram, cor, dirk, eva } = neighbourhood();
  const people = [anna, bram, cor, dirk, eva];
  const records: { entry: SignedEntry; parts: Part[] }[] = [];
  for (const [kind, a, b, c] of steps) {
    const one = people[a % people.length] as Identity;
    if (kind % 3 === 0) {
      const parts: Part[] = [];
      for (let i = 0; i < 1 + (b % 3); i++) {
        const other = people[(a + 1 + i) % people.length] as Identity;
        parts.push(c % 2 ? [one, other, 15 + i * 15] : [other, one, 15 + i * 15]);
      }
      records.push({ entry: record(network, one, parts), parts });
    } else {
      const target = records[b % Math.max(1, records.length)];
      if (!target) continue;
      const index = c % target.parts.length;
      const part = target.parts[index] as Part;
      // Mostly a real party, sometimes anyone: refused answers belong in the history too.
      const by = kind % 5 === 4 ? one : c % 3 === 0 ? part[0] : part[1];
      answer(network, by, target.entry, index, kind % 4 !== 3);
    }
  }
  return { network, people };
}

const steps = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 20 });

describe('order and duplication do not change balances', () => {
  it('any permutation with copies, derived at once or entry by entry, gives the same state', async () => {
    await fc.assert(
      fc.asyncProperty(steps, fc.integer(), async (plan, seed) => {
        const { network, people } = script(plan);
        const reference = await network.state();
        const order = scramble(network.entries, seed);
        const scrambled = await network.state(order);
        const ledger = new Ledger(network.netId, { now: () => network.clock + 1000 });
        for (const one of network.records(order)) await ledger.add([one]);
        // Authority entries first, so that records and answers are then applied in place, one by one.
        const inPlace = new Ledger(network.netId, { now: () => network.clock + 1000 });
        const authorityFirst = [
          ...order.filter((e) => authorityTypes.has(e.entry.type)),
          ...order.filter((e) => !authorityTypes.has(e.entry.type)),
        ];
        for (const one of network.records(authorityFirst)) await inPlace.add([one]);
        for (const state of [scrambled, ledger.state, inPlace.state]) {
          expect(moved(state, ...people)).toEqual(moved(reference, ...people));
          expect([...state.movedParts].sort()).toEqual([...reference.movedParts].sort());
          expect(snapshot(state)).toEqual(snapshot(reference));
        }
        const total = reference.pot + [...reference.members.values()].reduce((sum, m) => sum + m.balance, 0);
        expect(total).toBe(0);
      }),
      { numRuns: 40 },
    );
  }, 600_000);
});
