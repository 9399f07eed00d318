// Each network's hours still sum to zero with the clearing account (docs/protocol-links.md
// §4), after any order of cross-pays and attestations of either side, some past the limit,
// some to a stranger, some concurrent, and whatever part of the peer's entries has arrived;
// once everything crossed, the two clearing accounts are each other's negative and both
// networks count the same records, unless a side attested a payment to a non-member (which
// an honest device does not; the statements flag it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import { newIdentity } from '../../../../src/core/Identity.ts';
import { nextAttestation } from '../../../../src/core/links/carry.ts';
import type { NetworkState } from '../../../../src/core/state/NetworkState.ts';
import { total } from '../planHistories.ts';
import { idOf, TestNetwork } from '../TestNetwork.ts';
import { attest, crossPay, idOfLink, linkIdText, stateWith, terms, writeLink } from './LinkedNetworks.ts';

type Side = 'a' | 'b';
type Step =
  | { kind: 'pay'; from: Side; payer: number; to: number; minutes: number }
  /** An attestation written by hand: any subset of the records the side knows, after its heads or concurrent with them. */
  | { kind: 'attest'; side: Side; pick: number; concurrent: boolean }
  /** The attestation an archive device writes (carry.ts): the limit held back before writing. */
  | { kind: 'device'; side: Side };

const side = fc.constantFrom<Side>('a', 'b');
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('pay' as const),
    from: side,
    payer: fc.nat(1),
    // 2: someone who is not a member of the peer.
    to: fc.nat(2),
    minutes: fc.integer({ min: 1, max: 120 }),
  }),
  fc.record({ kind: fc.constant('attest' as const), side, pick: fc.nat(255), concurrent: fc.boolean() }),
  fc.record({ kind: fc.constant('device' as const), side }),
);

/** Balances, the pot, plan accounts and every clearing account: zero in each network. */
function sum(state: NetworkState): number {
  let all = total(state);
  for (const clearing of state.clearing.values()) all += clearing;
  return all;
}

function counted(state: NetworkState, id: string): string[] {
  return [...(state.links.get(id)?.records.values() ?? [])]
    .filter((record) => record.counted)
    .map((record) => record.id)
    .sort();
}

async function play(steps: readonly Step[], arrivedA: number, arrivedB: number) {
  const a = new TestNetwork({ name: 'Oosterpark' });
  const b = new TestNetwork({ name: 'Transvaal' });
  const linkTerms = { ...terms, limit: 150 };
  writeLink(a, b, { terms: linkTerms });
  writeLink(b, a, { terms: linkTerms });
  const link = idOfLink(a, b, linkTerms);
  const id = linkIdText(a, b, linkTerms);
  const networks = { a, b };
  const members = { a: [a.member('Ans'), a.member('Aziz')], b: [b.member('Bob'), b.member('Bea')] };
  const stranger = newIdentity();
  const pays: { side: Side; entry: SignedEntry; stranger: boolean }[] = [];
  /** A hand-written attestation named a payment to a stranger: an honest device never does (carry.ts). */
  let hostile = false;
  const attested = { a: new Set<string>(), b: new Set<string>() };
  const heads = { a: [] as SignedEntry[], b: [] as SignedEntry[] };
  const other = (s: Side): Side => (s === 'a' ? 'b' : 'a');
  for (const one of steps) {
    if (one.kind === 'pay') {
      const to = one.to === 2 ? stranger : members[other(one.from)][one.to];
      const payer = members[one.from][one.payer];
      if (!to || !payer) continue;
      const entry = crossPay(networks[one.from], payer, link, to, one.minutes);
      pays.push({ side: one.from, entry, stranger: to === stranger });
    } else if (one.kind === 'attest') {
      const known = pays.filter((pay) => !attested[one.side].has(idOf(pay.entry)));
      const picked = known.filter((_, index) => (one.pick >> index) & 1).slice(0, 8);
      if (picked.length === 0) continue;
      if (picked.some((pay) => pay.stranger && pay.side !== one.side)) hostile = true;
      const written = attest(
        networks[one.side],
        link,
        picked.map((pay) => pay.entry),
        {
          after: one.concurrent ? [] : heads[one.side],
        },
      );
      for (const pay of picked) attested[one.side].add(idOf(pay.entry));
      heads[one.side] = one.concurrent ? [...heads[one.side], written] : [written];
    } else {
      const self = networks[one.side];
      const peer = networks[other(one.side)];
      const next = nextAttestation(await stateWith(self, peer, peer.entries), id).body;
      if (!next) continue;
      // The device names its own heads as the core sees them; ours by hand may differ, so follow them.
      const written = self.write(self.founder, 'link-attest', next);
      for (const named of next.entries) attested[one.side].add(idOf({ id: named } as SignedEntry));
      heads[one.side] = [written];
    }
  }
  // Part of the peer's entries arrived, in the order written: each network still sums to zero.
  const partA = await stateWith(a, b, b.entries.slice(0, arrivedA));
  const partB = await stateWith(b, a, a.entries.slice(0, arrivedB));
  // Everything crossed.
  const stateA = await stateWith(a, b, b.entries);
  const stateB = await stateWith(b, a, a.entries);
  return { a, b, id, partA, partB, stateA, stateB, hostile };
}

describe('links: every network sums to zero with its clearing account', () => {
  it('after any order of cross-pays and attestations, and whatever has arrived', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 14 }),
        fc.nat(40),
        fc.nat(40),
        async (steps, arrivedA, arrivedB) => {
          const { a, b, id, partA, partB, stateA, stateB, hostile } = await play(steps, arrivedA, arrivedB);
          for (const state of [partA, partB, stateA, stateB]) expect(sum(state)).toBe(0);
          // A receiving side that attests a payment to someone not its member: the payer's side
          // counts it, the receiver's cannot. Not mirrored; the statements flag it (§4 Mirror).
          if (hostile) return;
          expect((stateA.clearing.get(b.netId) ?? 0) + (stateB.clearing.get(a.netId) ?? 0)).toBe(0);
          expect(counted(stateA, id)).toEqual(counted(stateB, id));
          // The attested sums the limit holds stay within it on both sides.
          for (const state of [stateA, stateB]) {
            const link = state.links.get(id);
            expect(Math.abs(link?.attestedSum.own ?? 0)).toBeLessThanOrEqual(150);
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 300_000);
});
