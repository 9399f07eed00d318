// §3.5: one signature per chain head. A verified head vouches for its ancestors by their
// hashes; a forged head costs one signature and vouches for nothing; and the ledger
// decides exactly what it would decide if it checked every entry's own signature.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signatureLength } from '../../../src/core/crypto/signatures.ts';
import { toBase64Url } from '../../../src/core/encoding/base64url.ts';
import { authenticate } from '../../../src/core/entry/chainAuthenticity.ts';
import type { SignedEntry } from '../../../src/core/entry/Entry.ts';
import { type EntryVerifier, verifyInThread } from '../../../src/core/entry/EntryVerifier.ts';
import { readEntry } from '../../../src/core/entry/readEntry.ts';
import { type Identity, newIdentity } from '../../../src/core/Identity.ts';
import { Ledger } from '../../../src/core/Ledger.ts';
import { signRawPayload, snapshot, TestNetwork } from './TestNetwork.ts';

/** The same payload signed by someone who is not its author: a forgery under another id. */
function forgedCopy(network: TestNetwork, signed: SignedEntry, by: Identity): [string, Uint8Array] {
  const { bytes, id } = signRawPayload(by, network.net, signed.bytes.subarray(signatureLength));
  return [id, bytes];
}

/** A verifier that counts the signatures it is asked to check. */
function countingVerifier(): EntryVerifier & { counted: number } {
  const verifier = {
    counted: 0,
    check: verifyInThread.check,
    signatures(batch: Parameters<EntryVerifier['signatures']>[0]) {
      verifier.counted += batch.length;
      return verifyInThread.signatures(batch);
    },
  };
  return verifier;
}

/** The reference: every entry's own signature checked before anything else (round 3). */
const everySignature: EntryVerifier = {
  async check(net, batch) {
    const results = await Promise.all(batch.map(([id, data]) => readEntry(net, id, data)));
    return results.map((result) => (result.ok ? { ok: true } : { ok: false, problem: result.problem, detail: '' }));
  },
  signatures: verifyInThread.signatures,
};

function busyNetwork(posts: number): { network: TestNetwork; anna: Identity; bram: Identity } {
  const network = new TestNetwork();
  const anna = network.member('Anna');
  const bram = network.member('Bram');
  for (let i = 0; i < posts; i++) {
    network.post(anna, { title: `Hulp ${i}` });
    network.transfer(bram, anna, 15);
  }
  return { network, anna, bram };
}

describe('authenticity by chain heads', () => {
  it('checks one signature per chain, however long the chain', async () => {
    const { network } = busyNetwork(40);
    const verifier = countingVerifier();
    const ledger = new Ledger(network.netId, { verifier, now: () => network.clock });
    const result = await ledger.add(network.records());
    expect(result.refused).toEqual([]);
    expect(ledger.size).toBe(network.entries.length);
    // Founder, Anna and Bram each have one chain (Anna and Bram: a join, then their entries).
    const authors = new Set(network.entries.map((e) => toBase64Url(e.entry.author)));
    expect(verifier.counted).toBe(authors.size);
    expect(network.entries.length).toBeGreaterThan(80);
  });

  it('refuses a forged head, and checks the real entry below it instead', async () => {
    const { network, anna } = busyNetwork(5);
    const mallory = newIdentity();
    const realHead = network.entries.filter((e) => e.entry.author === anna.signing.publicKey).at(-1) as SignedEntry;
    // Anna's next post, as Mallory would write it: Anna's name, Mallory's signature.
    const next = network.forge(anna, 'post', postBody('Gratis fiets'), {
      seq: realHead.entry.seq + 1,
      prev: realHead.id,
    });
    const forged = forgedCopy(network, next, mallory);
    const verifier = countingVerifier();
    const ledger = new Ledger(network.netId, { verifier, now: () => network.clock });
    const result = await ledger.add([...network.records(), forged]);
    expect(result.refused).toEqual([forged[0]]);
    expect(ledger.rejections().get(forged[0])?.reason).toBe('bad-signature');
    expect(ledger.has(toBase64Url(realHead.id))).toBe(true);
    expect(ledger.size).toBe(network.entries.length);
  });

  it('a forged copy of an entry in the middle of a chain is its own head: refused, the chain stands', async () => {
    const { network, bram } = busyNetwork(6);
    const middle = network.entries.filter((e) => e.entry.author === bram.signing.publicKey)[3] as SignedEntry;
    const forged = forgedCopy(network, middle, newIdentity());
    const ledger = new Ledger(network.netId, { now: () => network.clock });
    const result = await ledger.add([forged, ...network.records()]);
    expect(result.refused).toEqual([forged[0]]);
    expect(ledger.size).toBe(network.entries.length);
  });

  it('a chain whose every entry is forged costs one signature per entry, and none is kept', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const mallory = newIdentity();
    let prev = network.head(anna)[0] as Uint8Array;
    const forgeries: [string, Uint8Array][] = [];
    for (let seq = 3; seq < 13; seq++) {
      const signed = network.forge(anna, 'post', postBody(`Nep ${seq}`), { seq, prev });
      const forged = forgedCopy(network, signed, mallory);
      forgeries.push(forged);
      // Each forgery names the one before it by the forgery's own id: a chain of forgeries.
      prev = Uint8Array.from(Buffer.from(forged[0], 'base64url'));
    }
    const verifier = countingVerifier();
    const ledger = new Ledger(network.netId, { verifier, now: () => network.clock });
    const result = await ledger.add([...network.records(), ...forgeries]);
    expect(result.refused.sort()).toEqual(forgeries.map(([id]) => id).sort());
    expect(ledger.size).toBe(network.entries.length);
  });

  it('an entry that arrives after its child is vouched for by the child held already', async () => {
    const { network, anna } = busyNetwork(4);
    const annas = network.entries.filter((e) => e.entry.author === anna.signing.publicKey);
    const last = annas.at(-1) as SignedEntry;
    const rest = network.entries.filter((e) => e !== last);
    const verifier = countingVerifier();
    const ledger = new Ledger(network.netId, { verifier, now: () => network.clock });
    await ledger.add(network.records([last]));
    expect(verifier.counted).toBe(1);
    // Anna's chain below `last` is vouched for by it; the founder's and Bram's need a signature each.
    await ledger.add(network.records(rest));
    expect(verifier.counted).toBe(3);
    expect(ledger.size).toBe(network.entries.length);
  });

  it("gives a page turns while it sorts a long chain (the ledger's pause), and decides the same", async () => {
    const { network } = busyNetwork(200);
    const items = network.entries.map((e) => ({ idText: toBase64Url(e.id), entry: e.entry }));
    const options = {
      vouchedBefore: () => false,
      verify: async (heads: unknown[]) => heads.map(() => true),
      authorKey: (item: (typeof items)[number]) => toBase64Url(item.entry.author),
    };
    let turns = 0;
    const paused = await authenticate(items, {
      ...options,
      pause: async () => {
        turns++;
      },
    });
    // 403 entries, most in two chains of 200 that one head each vouches for: a turn every 64 steps.
    expect(turns).toBeGreaterThanOrEqual(Math.floor((3 * items.length) / 64));
    const inOneGo = await authenticate(items, options);
    expect(paused.authentic.map((item) => item.idText)).toEqual(inOneGo.authentic.map((item) => item.idText));
    expect(paused.signatures).toBe(inOneGo.signatures);
  });

  it('another author naming an entry as its prev vouches for nothing', async () => {
    const { network, anna, bram } = busyNetwork(2);
    const annasHead = network.entries.filter((e) => e.entry.author === anna.signing.publicKey).at(-1) as SignedEntry;
    const forged = forgedCopy(network, annasHead, newIdentity());
    const forgedId = Uint8Array.from(Buffer.from(forged[0], 'base64url'));
    // Bram (authentic) names the forgery as the entry before his: it is not his chain.
    const bramNext = network.forge(bram, 'post', postBody('Ladder te leen'), {
      seq: annasHead.entry.seq + 1,
      prev: forgedId,
    });
    const ledger = new Ledger(network.netId, { now: () => network.clock });
    const result = await ledger.add([...network.records(), forged, [toBase64Url(bramNext.id), bramNext.bytes]]);
    expect(result.refused).toEqual([forged[0]]);
  });

  it('a hostile author with many forks at one seq: each child finds the fork it names, no other author does', async () => {
    // Past a few forks the parent is looked up by id, not compared with every fork in turn.
    const id = () => crypto.getRandomValues(new Uint8Array(20));
    const item = (author: string, seq: number, prev: Uint8Array | null, bytes = id()) => ({
      idText: toBase64Url(bytes),
      bytes,
      entry: { author: new Uint8Array(32), seq, prev },
      authorKey: author,
    });
    const forks = Array.from({ length: 40 }, () => item('mallory', 1, null));
    const children = forks.map((fork) => item('mallory', 2, fork.bytes));
    // Another author with forks of his own at seq 1, his children naming Mallory's.
    const samsForks = Array.from({ length: 8 }, () => item('sam', 1, null));
    const strangers = forks.slice(0, 10).map((fork) => item('sam', 2, fork.bytes));
    const wrongSeq = forks.slice(0, 10).map((fork) => item('mallory', 3, fork.bytes));
    const items = [...forks, ...samsForks, ...children, ...strangers, ...wrongSeq];
    const result = await authenticate(items, {
      vouchedBefore: () => false,
      verify: async (batch) => batch.map(() => true),
      authorKey: (one) => one.authorKey,
    });
    for (const [n, child] of children.entries()) expect(result.parents[items.indexOf(child)]).toBe(forks[n]);
    for (const other of [...strangers, ...wrongSeq]) expect(result.parents[items.indexOf(other)]).toBeUndefined();
    // Each fork is vouched for by its child: only the heads' signatures are checked.
    expect(result.signatures).toBe(samsForks.length + children.length + strangers.length + wrongSeq.length);
  });

  it('decides exactly what checking every signature decides, in any order and any batches (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }),
        fc.integer(),
        async (posts, forgeAt, batchSizes, seed) => {
          const { network } = busyNetwork(posts);
          const mallory = newIdentity();
          const forgeries = forgeAt.map((i) =>
            forgedCopy(network, network.entries[i % network.entries.length] as SignedEntry, mallory),
          );
          const records = shuffle([...network.records(), ...forgeries], seed);
          const fast = new Ledger(network.netId, { now: () => network.clock });
          const reference = new Ledger(network.netId, { now: () => network.clock, verifier: everySignature });
          for (const batch of batches(records, batchSizes)) {
            await fast.add(batch);
            await reference.add(batch);
          }
          expect([...fast.entries()].map((e) => e.idText).sort()).toEqual(
            [...reference.entries()].map((e) => e.idText).sort(),
          );
          expect(snapshot(fast.state)).toEqual(snapshot(reference.state));
          for (const [id] of forgeries) expect(fast.has(id)).toBe(false);
        },
      ),
      { numRuns: 40 },
    );
  });
});

function postBody(title: string) {
  return {
    kind: 'offer',
    title,
    text: 'Een uurtje.',
    category: 'klussen',
    area: 'Oosterpark',
    minutes: 60,
    expires: Date.UTC(2026, 6, 1),
    viaCoordinator: false,
  } as const;
}

function shuffle<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0 || 1;
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function* batches<T>(items: T[], sizes: number[]): Generator<T[]> {
  let at = 0;
  for (let i = 0; at < items.length; i++) {
    const size = sizes[i % sizes.length] as number;
    yield items.slice(at, at + size);
    at += size;
  }
}
