// A state's chain and applied entries are kept by place (src/core/state/PlacedTable.ts):
// they must still be Maps to every reader, whatever was added by place or set by id, and
// whatever another derivation of the same entries did to their place hints since.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../../../src/core/entry/readEntry.ts';
import { deriveState } from '../../../../src/core/state/deriveState.ts';
import type { VerifiedEntry } from '../../../../src/core/state/NetworkState.ts';
import { AppliedTable } from '../../../../src/core/state/PlacedTable.ts';
import { Placement } from '../../../../src/core/state/Placement.ts';
import { snapshot, TestNetwork } from '../TestNetwork.ts';

/** Entries as a derivation is given them: read from a small network's records. */
function itemsOf(network: TestNetwork): VerifiedEntry[] {
  return network.records().map(([id, bytes]) => {
    const read = checkEntry(network.net, id, bytes);
    if (!read.ok) throw new Error(read.problem);
    return { idText: read.idText, entry: read.entry, authorText: read.authorText };
  });
}

function smallNetwork(): TestNetwork {
  const network = new TestNetwork();
  const [anna, bram] = [network.member('Anna'), network.member('Bram')];
  for (let i = 0; i < 4; i++) network.transfer(anna, bram, 30 + i);
  network.post(bram, { title: 'Wie helpt met de tuin?', kind: 'request' });
  network.suspend(bram);
  return network;
}

/** What a Map holds, in an order of its own (the table's order between placed and set differs). */
const contents = <V>(map: Map<string, V>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

type Step = [kind: number, which: number];

describe('a table kept by place is a Map to its readers', () => {
  it('after any mix of entries added by place, set, deleted and looked up, it holds what a Map would', () => {
    const items = itemsOf(smallNetwork());
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(5), fc.nat(items.length - 1)), { maxLength: 40 }),
        fc.boolean(),
        (steps: Step[], found) => {
          const table = new AppliedTable();
          const byId = new Map(items.map((item) => [item.idText, item]));
          items.forEach((item, place) => {
            item.place = place;
          });
          table.placeBy(new Placement(items, found ? (id) => byId.get(id) : undefined));
          const model = new Map<string, unknown>();
          for (const [kind, which] of steps) {
            const item = items[which] as VerifiedEntry;
            const id = item.idText;
            if (kind === 0 && !model.has(id)) {
              // Deriving adds an entry by place only when it is not there yet.
              if (table.addPlaced(item)) model.set(id, item.entry);
              else {
                table.set(id, item.entry);
                model.set(id, item.entry);
              }
            } else if (kind === 1) {
              const value = { stand: which };
              table.set(id, value as never);
              model.set(id, value);
            } else if (kind === 2) expect(table.delete(id)).toBe(model.delete(id));
            else if (kind === 3) {
              expect(table.get(id)).toBe(model.get(id));
              expect(table.has(id)).toBe(model.has(id));
            } else if (kind === 4) {
              // Another derivation of the same entries moved their places.
              items.forEach((other, place) => {
                other.place = items.length - 1 - place;
              });
            } else {
              items.forEach((other, place) => {
                other.place = place;
              });
            }
            expect(table.size).toBe(model.size);
          }
          expect(contents(table)).toEqual(contents(model));
          expect([...table.keys()].sort()).toEqual([...model.keys()].sort());
          expect(new Set(table.values())).toEqual(new Set(model.values()));
          for (const item of items) expect(table.get(item.idText)).toBe(model.get(item.idText));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a state derived with the ledger finding its entries is the state derived without', () => {
    const network = smallNetwork();
    const now = network.clock + 1000;
    const items = itemsOf(network);
    const byId = new Map(items.map((item) => [item.idText, item]));
    const plain = deriveState(network.netId, items, now);
    const found = deriveState(network.netId, items, now, { distinct: true, find: (id) => byId.get(id) });
    expect(snapshot(found)).toEqual(snapshot(plain));
    // Another derivation of the same entries in another order moves every place hint: the
    // first state's look-ups still answer as before.
    const before = { chain: contents(found.chain), applied: contents(found.applied) };
    deriveState(network.netId, [...items].reverse(), now, { distinct: true, find: (id) => byId.get(id) });
    for (const [id, node] of before.chain) expect(found.chain.get(id)).toEqual(node);
    for (const [id, entry] of before.applied) expect(found.applied.get(id)).toBe(entry);
    expect(found.applied.has(network.netId)).toBe(true);
    expect(found.chain.has('not an id')).toBe(false);
    expect(contents(found.chain)).toEqual(before.chain);
  });
});
