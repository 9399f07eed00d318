// Order and duplication must not matter; applying entries one by one must equal a rebuild.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SignedEntry } from '../../../src/core/entry/Entry.ts';
import type { Identity } from '../../../src/core/Identity.ts';
import { Ledger } from '../../../src/core/Ledger.ts';
import { bodyOf, snapshot, TestNetwork } from './TestNetwork.ts';

type Action = [kind: number, a: number, b: number, amount: number];

/** Plays a script of actions into a network with four members; every entry is signed for real. */
function history(actions: readonly Action[]): TestNetwork {
  const network = new TestNetwork();
  const members: Identity[] = ['Anna', 'Bram', 'Cor', 'Dewi'].map((name) => network.member(name));
  const posts: SignedEntry[] = [];
  const transfers: SignedEntry[] = [];
  const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(1, list.length)];
  for (const [kind, a, b, amount] of actions) {
    const one = pick(members, a) as Identity;
    const other = pick(members, b) as Identity;
    const minutes = 1 + (amount % 300);
    switch (kind % 12) {
      case 0:
        posts.push(network.post(one, { title: `Vraag ${posts.length}`, kind: amount % 2 ? 'offer' : 'request' }));
        break;
      case 1:
      case 2:
        // Sometimes to oneself: a rejected entry is part of the history too.
        transfers.push(network.transfer(one, other, minutes));
        break;
      case 3: {
        const post = pick(posts, amount);
        if (post)
          network.write(one, 'post-update', { ...bodyOf(post, 'post'), post: post.id, title: `Bijgewerkt ${amount}` });
        break;
      }
      case 4: {
        const post = pick(posts, amount);
        if (post) network.write(one, 'post-close', { post: post.id, reason: 'done' });
        break;
      }
      case 5:
        network.write(one, 'pot-donate', { minutes });
        break;
      case 6: {
        const transfer = pick(transfers, amount);
        if (transfer) network.write(network.founder, 'reverse-transfer', { transfer: transfer.id, reason: '' });
        break;
      }
      case 7:
        network.write(network.founder, 'suspend', {
          member: one.signing.publicKey,
          after: network.next(one).seq - 1,
          reason: '',
        });
        break;
      case 8:
        network.write(one, 'profile', {
          name: `Buur ${amount}`,
          area: 'Oost',
          offers: ['tuin'],
          words: '',
          languages: [],
        });
        break;
      case 10:
        members.push(network.member(`Nieuw ${amount}`));
        break;
      case 11: {
        const { identity, join } = network.join(`Afgewezen ${amount}`);
        network.write(network.founder, 'decline', { member: identity.signing.publicKey, join: join.id, note: null });
        network.post(identity);
        break;
      }
      default: {
        const post = pick(posts, amount);
        if (post) network.write(one, 'match-accept', { post: post.id, with: other.signing.publicKey });
      }
    }
  }
  return network;
}

const actions = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 25 });

/** A deterministic shuffle with duplicates, from a seed. */
function scramble<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items, ...items.filter(() => random() < 0.3)];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('order and duplication do not matter', () => {
  it('any permutation and duplication of a history gives the same state', async () => {
    await fc.assert(
      fc.asyncProperty(actions, fc.integer(), async (script, seed) => {
        const network = history(script);
        const reference = snapshot(await network.state());
        const scrambled = snapshot(await network.state(scramble(network.entries, seed)));
        expect(scrambled).toEqual(reference);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('entries added one by one, in any order, give the same state as a rebuild', async () => {
    await fc.assert(
      fc.asyncProperty(actions, fc.integer(), fc.boolean(), async (script, seed, inOrder) => {
        const network = history(script);
        const reference = snapshot(await network.state());
        const ledger = new Ledger(network.netId, () => network.clock + 1000);
        const order = inOrder ? network.entries : scramble(network.entries, seed);
        let inPlace = 0;
        for (const record of network.records(order)) {
          const result = await ledger.add([record]);
          if (result.accepted.length > 0 && !result.rebuilt) inPlace++;
        }
        expect(snapshot(ledger.state)).toEqual(reference);
        // In chain order, ordinary entries must take the fast path.
        if (inOrder && script.some(([kind]) => kind % 12 <= 2)) expect(inPlace).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
