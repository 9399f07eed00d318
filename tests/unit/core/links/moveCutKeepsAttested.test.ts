// A payment across written while its payer moves out, and attested by our archive before it
// saw the move-out (docs/protocol-links.md §5, §9 (f)): the move's cut must not drop it here
// while the peer counts it. Both networks count it, and the clearing accounts mirror,
// whatever order the entries arrive in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import { Ledger } from '../../../../src/core/Ledger.ts';
import type { NetworkState } from '../../../../src/core/state/NetworkState.ts';
import { idOf, keyOf, TestNetwork } from '../TestNetwork.ts';
import {
  attest,
  crossPay,
  foreignRecords,
  idOfLink,
  linkIdText,
  stateWith,
  sumOfAccounts,
  writeLink,
} from './LinkedNetworks.ts';

/**
 * Oosterpark (A) and Transvaal (B), linked. Ans of A asks to move; the coordinator agrees
 * (the cut: Ans's head then); Ans, not knowing yet, pays Bob of B 100 minutes; A's archive
 * attests the consent and the payment before it sees the move-out, then the move-out; B
 * takes Ans in and attests the payment and its move-in. The move completes on both sides.
 */
function race(peerAttestsPay = true) {
  const a = new TestNetwork({ name: 'Oosterpark' });
  const b = new TestNetwork({ name: 'Transvaal' });
  const aHalf = writeLink(a, b);
  const bHalf = writeLink(b, a);
  const link = idOfLink(a, b);
  const ans = a.member('Ans');
  const bob = b.member('Bob');
  const olga = a.member('Olga');
  const away = a.write(ans, 'move-away', { link, name: 'Ans', boxKey: ans.box.publicKey });
  const out = a.write(a.founder, 'move-out', { link, member: ans.signing.publicKey, minutes: 120, cut: a.head(ans) });
  const pay = crossPay(a, ans, link, bob, 100);
  // Written after the payment: the archive never attested it, so the cut drops it here.
  const late = a.transfer(ans, olga, 15);
  const a1 = attest(a, link, [away, pay]);
  const a2 = attest(a, link, [out], { after: [a1] });
  const moveIn = b.write(b.founder, 'move-in', {
    link,
    record: out.id,
    member: ans.signing.publicKey,
    boxKey: ans.box.publicKey,
    name: 'Ans',
    area: '',
    epoch: 0,
    secret: null,
  });
  const b1 = attest(b, link, peerAttestsPay ? [pay, moveIn] : [moveIn]);
  return {
    a,
    b,
    ans,
    bob,
    olga,
    pay,
    late,
    id: linkIdText(a, b),
    toB: [aHalf, away, out, pay, a1, a2],
    toA: [bHalf, moveIn, b1],
  };
}

function expectMirror(stateA: NetworkState, stateB: NetworkState, scene: ReturnType<typeof race>) {
  const { a, b, ans, bob, olga, pay, late, id } = scene;
  expect(stateA.links.get(id)?.moves.get(keyOf(ans))?.complete).toBe(true);
  expect(stateB.links.get(id)?.moves.get(keyOf(ans))?.complete).toBe(true);
  expect(stateA.links.get(id)?.records.get(idOf(pay))?.counted).toBe(true);
  expect(stateB.links.get(id)?.records.get(idOf(pay))?.counted).toBe(true);
  // A: Ans paid 100 and 120 moved; B: Bob got 100, Ans arrived with 120.
  expect(stateA.members.get(keyOf(ans))?.balance).toBe(120 - 100 - 120);
  expect(stateA.members.get(keyOf(ans))?.status).toBe('suspended');
  expect(stateA.rejected.get(idOf(late))?.reason).toBe('suspended');
  expect(stateA.members.get(keyOf(olga))?.balance).toBe(120);
  expect(stateB.members.get(keyOf(bob))?.balance).toBe(120 + 100);
  expect(stateB.members.get(keyOf(ans))?.balance).toBe(120);
  expect(stateA.clearing.get(b.netId)).toBe(220);
  expect(stateB.clearing.get(a.netId)).toBe(-220);
  expect(sumOfAccounts(stateA)).toBe(0);
  expect(sumOfAccounts(stateB)).toBe(0);
  expect(stateA.links.get(id)?.mirror ?? null).toBeNull();
}

describe('a payment attested before our archive saw the payer move out', () => {
  it('counts in both networks: the cut keeps what our side attested, and the clearing accounts mirror', async () => {
    const scene = race();
    const stateA = await stateWith(scene.a, scene.b, scene.toA);
    const stateB = await stateWith(scene.b, scene.a, scene.toB);
    expectMirror(stateA, stateB, scene);
  });

  it('a payment the peer never attests counts in neither; the move still completes and the accounts mirror', async () => {
    const scene = race(false);
    const { a, b, ans, bob, pay, id } = scene;
    const stateA = await stateWith(a, b, scene.toA);
    const stateB = await stateWith(b, a, scene.toB);
    expect(stateA.links.get(id)?.moves.get(keyOf(ans))?.complete).toBe(true);
    expect(stateA.links.get(id)?.records.get(idOf(pay))?.waiting).toBe('missing-ref');
    expect(stateA.members.get(keyOf(ans))?.balance).toBe(120 - 120);
    expect(stateB.members.get(keyOf(bob))?.balance).toBe(120);
    expect(stateA.clearing.get(b.netId)).toBe(120);
    expect(stateB.clearing.get(a.netId)).toBe(-120);
  });

  // Signed once: the property varies only the order and the batches the entries come in.
  const scene = race();
  const own = scene.a.records();
  const foreign = foreignRecords(scene.b, scene.toA as SignedEntry[]);
  const ownB = scene.b.records();
  const foreignB = foreignRecords(scene.a, scene.toB as SignedEntry[]);

  /** A ledger fed the records in the given order, in batches cut at the given points. */
  async function fedInOrder(
    network: TestNetwork,
    records: { foreign: boolean; record: [string, Uint8Array] }[],
    cuts: number[],
  ): Promise<NetworkState> {
    const now = Math.max(scene.a.clock, scene.b.clock) + 1000;
    const ledger = new Ledger(network.netId, { now: () => now });
    const points = [...new Set([0, ...cuts.map((cut) => cut % (records.length + 1)), records.length])].sort(
      (x, y) => x - y,
    );
    for (let at = 0; at + 1 < points.length; at++) {
      const batch = records.slice(points[at], points[at + 1]);
      const mine = batch.filter((item) => !item.foreign).map((item) => item.record);
      const theirs = batch.filter((item) => item.foreign).map((item) => item.record);
      if (mine.length > 0) await ledger.add(mine);
      if (theirs.length > 0) await ledger.addForeign(theirs);
    }
    return ledger.state;
  }

  it('whatever order and batches the entries arrive in, both networks reach the same verdict', async () => {
    const tagged = (mine: [string, Uint8Array][], theirs: [string, Uint8Array][]) => [
      ...mine.map((record) => ({ foreign: false, record })),
      ...theirs.map((record) => ({ foreign: true, record })),
    ];
    const allA = tagged(own, foreign);
    const allB = tagged(ownB, foreignB);
    /** A permutation of 0..n-1: a counterexample shows the order, not the bytes. */
    const order = (n: number) =>
      fc.shuffledSubarray(
        Array.from({ length: n }, (_, at) => at),
        { minLength: n, maxLength: n },
      );
    await fc.assert(
      fc.asyncProperty(
        order(allA.length),
        order(allB.length),
        fc.array(fc.nat(), { maxLength: 4 }),
        async (inA, inB, cuts) => {
          const stateA = await fedInOrder(
            scene.a,
            inA.map((at) => allA[at] as (typeof allA)[number]),
            cuts,
          );
          const stateB = await fedInOrder(
            scene.b,
            inB.map((at) => allB[at] as (typeof allB)[number]),
            cuts,
          );
          expectMirror(stateA, stateB, scene);
        },
      ),
      { numRuns: 15 },
    );
  });
});
