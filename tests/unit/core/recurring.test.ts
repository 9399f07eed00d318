// Help that comes back (docs/protocol-together.md §7): a review date and maybe an end, set by
// either side of an exchange on a post; the latest counts for both, in any order; nobody
// sets one for two others, or for themselves, or half a year and more ahead.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxReviewAfterMs } from '../../../src/core/rules/recurring.ts';
import type { NetworkState } from '../../../src/core/state/NetworkState.ts';
import { scramble } from './scenarios.ts';
import { idOf, keyOf, TestNetwork } from './TestNetwork.ts';

const week = 7 * 24 * 60 * 60 * 1000;

function setUp() {
  const network = new TestNetwork();
  const anna = network.member('Anna');
  const bram = network.member('Bram');
  const cor = network.member('Cor');
  const post = network.post(anna, { kind: 'request', title: 'Boodschappen op dinsdag' });
  return { network, anna, bram, cor, post };
}

const pairKey = (post: string, a: string, b: string) => `${post} ${a < b ? `${a} ${b}` : `${b} ${a}`}`;
const reason = (state: NetworkState, id: string) => state.rejected.get(id)?.reason;

describe('help that comes back', () => {
  it('either side sets the review date; the latest counts for both, in any order and with copies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer(), fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }), async (seed, sides) => {
        const { network, anna, bram, post } = setUp();
        const written = sides.map((byAnna, i) => {
          const [by, other] = byAnna ? [anna, bram] : [bram, anna];
          return network.write(by, 'recurring', {
            post: post.id,
            with: other.signing.publicKey,
            review: network.clock + (i + 2) * week,
            ends: null,
          });
        });
        const key = pairKey(idOf(post), keyOf(anna), keyOf(bram));
        const reference = await network.state();
        const scrambled = await network.state(scramble([...network.entries, ...written], seed));
        const latest = written[written.length - 1];
        for (const state of [reference, scrambled]) {
          expect(state.recurring.get(key)?.from.id).toBe(latest && idOf(latest));
          expect(state.recurring.size).toBe(1);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('nobody sets a date for two others, for themselves, or without the post', async () => {
    const { network, anna, bram, cor, post } = setUp();
    const review = network.clock + 4 * week;
    const forOthers = network.write(cor, 'recurring', {
      post: post.id,
      with: bram.signing.publicKey,
      review,
      ends: null,
    });
    const forSelf = network.write(anna, 'recurring', {
      post: post.id,
      with: anna.signing.publicKey,
      review,
      ends: null,
    });
    const noPost = network.write(bram, 'recurring', {
      post: new Uint8Array(post.id.length),
      with: anna.signing.publicKey,
      review,
      ends: null,
    });
    const state = await network.state();
    expect(reason(state, idOf(forOthers))).toBe('not-party');
    expect(reason(state, idOf(forSelf))).toBe('self');
    expect(reason(state, idOf(noPost))).toBe('missing-ref');
    expect(state.recurring.size).toBe(0);
  });

  it('a review more than half a year ahead, or before the entry, is a mismatch; an end in the past stops it', async () => {
    const { network, anna, bram, post } = setUp();
    const at = (ms: number) => network.clock + 60_000 + ms;
    const far = network.write(bram, 'recurring', {
      post: post.id,
      with: anna.signing.publicKey,
      review: at(maxReviewAfterMs + 60_000),
      ends: null,
    });
    const past = network.write(bram, 'recurring', {
      post: post.id,
      with: anna.signing.publicKey,
      review: 1,
      ends: null,
    });
    const stop = network.write(bram, 'recurring', {
      post: post.id,
      with: anna.signing.publicKey,
      review: at(week),
      ends: 1,
    });
    const state = await network.state();
    for (const entry of [far, past]) expect(reason(state, idOf(entry))).toBe('mismatch');
    expect(reason(state, idOf(stop))).toBeUndefined();
    expect(state.recurring.get(pairKey(idOf(post), keyOf(anna), keyOf(bram)))?.ends).toBe(1);
  });
});
