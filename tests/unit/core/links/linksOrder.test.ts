// What the links add up to does not depend on the order in which own and foreign entries
// arrive, nor on how often: each side derives it from both sets of entries (settleLinks.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import { Ledger } from '../../../../src/core/Ledger.ts';
import type { NetworkState } from '../../../../src/core/state/NetworkState.ts';
import { TestNetwork } from '../TestNetwork.ts';
import { attest, crossPay, foreignRecords, idOfLink, linkIdText, terms, writeLink } from './LinkedNetworks.ts';

/** A and B, linked with a small limit; payments both ways, some attested by one side only, one past the limit. */
function history() {
  const a = new TestNetwork({ name: 'Oosterpark' });
  const b = new TestNetwork({ name: 'Transvaal' });
  const linkTerms = { ...terms, limit: 150 };
  const aHalf = writeLink(a, b, { terms: linkTerms });
  const bHalf = writeLink(b, a, { terms: linkTerms });
  const link = idOfLink(a, b, linkTerms);
  const ans = a.member('Ans');
  const bob = b.member('Bob');
  const p1 = crossPay(a, ans, link, bob, 90);
  const p2 = crossPay(b, bob, link, ans, 30);
  const p3 = crossPay(a, ans, link, bob, 100);
  const p4 = crossPay(a, ans, link, bob, 20);
  const a1 = attest(a, link, [p1]);
  const a2 = attest(a, link, [p2], { after: [a1] });
  const a3 = attest(a, link, [p3], { after: [a2] }); // 90 − 30 + 100 > 150: refused
  const a4 = attest(a, link, [p4, p1], { after: [a3] });
  const b1 = attest(b, link, [p2, p1]);
  const b2 = attest(b, link, [p4], { after: [b1] });
  const b3 = attest(b, link, [p3], { after: [b2] }); // −90 + 30 − 20 − 100 < −150: refused
  const fromA = [aHalf, p1, p3, p4, a1, a2, a3, a4];
  const fromB = [bHalf, p2, b1, b2, b3];
  return { a, b, fromA, fromB, id: linkIdText(a, b, linkTerms) };
}

function picture(state: NetworkState, id: string) {
  const link = state.links.get(id);
  return {
    balances: [...state.members.values()].map((m) => [m.key, m.balance]).sort(),
    clearing: [...state.clearing.entries()].sort(),
    records: [...(link?.records.values() ?? [])].map((r) => [r.id, r.counted, r.waiting]).sort(),
    attestations: link?.attestations,
    heads: link?.heads,
    rejected: [...state.rejected.entries()].map(([k, v]) => [k, v.reason]).sort(),
    foreignRejected: [...state.foreignRejected.entries()].map(([k, v]) => [k, v.reason]).sort(),
  };
}

/** Feeds a ledger its own and the peer's entries in the order and batches given, some twice. */
async function fed(
  network: TestNetwork,
  peer: TestNetwork,
  foreign: readonly SignedEntry[],
  order: readonly number[],
  cuts: readonly number[],
): Promise<NetworkState> {
  const ledger = new Ledger(network.netId, { now: () => network.clock + 1000 });
  const all = [
    ...network.records().map((record) => ({ foreign: false, record })),
    ...foreignRecords(peer, foreign).map((record) => ({ foreign: true, record })),
  ];
  const shuffled = order.map((index) => all[index % all.length] as (typeof all)[number]);
  let at = 0;
  for (const cut of [...cuts, shuffled.length]) {
    const batch = shuffled.slice(at, Math.max(at, Math.min(cut, shuffled.length)));
    at = Math.max(at, Math.min(cut, shuffled.length));
    await ledger.add(batch.filter((item) => !item.foreign).map((item) => item.record));
    await ledger.addForeign(batch.filter((item) => item.foreign).map((item) => item.record));
  }
  // Whatever was left out of the random order arrives at the end.
  await ledger.add(all.filter((item) => !item.foreign).map((item) => item.record));
  await ledger.addForeign(all.filter((item) => item.foreign).map((item) => item.record));
  return ledger.state;
}

describe('links, in any order', () => {
  it('both sides reach the same verdicts whatever the order and duplication of arrival', async () => {
    const { a, b, fromA, fromB, id } = history();
    const expectedA = picture(await fed(a, b, fromB, [], []), id);
    const expectedB = picture(await fed(b, a, fromA, [], []), id);
    // The story the history tells: p1 and p2 count; p3 is past A's limit; p4 counts.
    expect(expectedA.clearing).toEqual([[b.netId, 90 - 30 + 20]]);
    expect(expectedB.clearing).toEqual([[a.netId, -(90 - 30 + 20)]]);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(200), { maxLength: 60 }),
        fc.array(fc.nat(60), { maxLength: 4 }),
        async (order, cuts) => {
          const sortedCuts = [...cuts].sort((x, y) => x - y);
          expect(picture(await fed(a, b, fromB, order, sortedCuts), id)).toEqual(expectedA);
          expect(picture(await fed(b, a, fromA, order, sortedCuts), id)).toEqual(expectedB);
        },
      ),
      { numRuns: 15 },
    );
  });
});
