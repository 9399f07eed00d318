// §3.5 "being checked": the newest posts of a large arrival, chosen by the time their bytes
// claim and then checked on their own (steps 1–6 and their signature), whatever order the
// entries arrive in; a forged post is never among them, and the cost stays bounded.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { payloadOf } from '../../../src/core/entry/Entry.ts';
import { type EntryVerifier, verifyInThread } from '../../../src/core/entry/EntryVerifier.ts';
import { claimedPost, postsBeingChecked } from '../../../src/core/entry/postsBeingChecked.ts';
import { maxClockSkewMs } from '../../../src/core/entry/readEntry.ts';
import { newIdentity } from '../../../src/core/Identity.ts';
import { idOf, signRawPayload, TestNetwork } from './TestNetwork.ts';

function busyNetwork(): TestNetwork {
  const network = new TestNetwork();
  const anna = network.member('Anna');
  const bram = network.member('Bram');
  for (let i = 0; i < 30; i++) {
    network.post(i % 2 ? anna : bram, { title: `Hulp ${i}`, kind: i % 3 ? 'request' : 'offer' });
    network.transfer(bram, anna, 15);
  }
  return network;
}

/** A verifier that counts the entries and signatures it is asked to check. */
function countingVerifier(): EntryVerifier & { entries: number; signed: number } {
  const verifier = {
    entries: 0,
    signed: 0,
    check(net: Uint8Array, batch: Parameters<EntryVerifier['check']>[1]) {
      verifier.entries += batch.length;
      return verifyInThread.check(net, batch);
    },
    signatures(batch: Parameters<EntryVerifier['signatures']>[0]) {
      verifier.signed += batch.length;
      return verifyInThread.signatures(batch);
    },
  };
  return verifier;
}

describe('posts being checked', () => {
  it('reads the time and author a post claims from its bytes, and nothing from other entries or garbage', () => {
    const network = busyNetwork();
    for (const signed of network.entries) {
      const { type, time } = signed.entry;
      const claim = claimedPost(signed.bytes);
      expect(claim?.time ?? null).toBe(type === 'post' ? time : null);
      if (claim) expect(claim.author).toEqual(signed.entry.author);
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const claim = claimedPost(bytes);
        expect(claim === null || Number.isSafeInteger(claim.time)).toBe(true);
      }),
    );
    expect(claimedPost('not bytes')).toBeNull();
  });

  it('picks the newest posts, newest first, whatever order the entries arrive in', async () => {
    const network = busyNetwork();
    const records = network.records();
    const posts = network.entries.filter((signed) => signed.entry.type === 'post');
    const newest = posts
      .map((signed) => ({ id: idOf(signed), time: signed.entry.time }))
      .sort((a, b) => b.time - a.time)
      .slice(0, 8)
      .map(({ id }) => id);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(records, { minLength: records.length }), async (arriving) => {
        const chosen = await postsBeingChecked(verifyInThread, network.net, arriving, { count: 8, now: network.clock });
        expect(chosen.map(({ id }) => id)).toEqual(newest);
      }),
      { numRuns: 20 },
    );
  });

  it("gives the page turns while it scans a year's bytes (the ledger's pause), and picks the same", async () => {
    const network = busyNetwork();
    // A year's arrival is tens of thousands of entries: here the records among 5,000 others that are no posts.
    const others = Array.from({ length: 5000 }, (_, i) => [`other-${i}`, new Uint8Array([i % 256])] as const);
    const arriving = [...others.slice(0, 2500), ...network.records(), ...others.slice(2500)];
    const inOneGo = await postsBeingChecked(verifyInThread, network.net, arriving, { count: 8, now: network.clock });
    let pauses = 0;
    const paused = await postsBeingChecked(verifyInThread, network.net, arriving, {
      count: 8,
      now: network.clock,
      pause: async () => {
        pauses++;
      },
    });
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(paused.map(({ id }) => id)).toEqual(inOneGo.map(({ id }) => id));
    expect(paused).toHaveLength(8);
  });

  it('checks its candidates and their signatures a few at a time, the page getting a turn after each few, and picks the same', async () => {
    const network = busyNetwork();
    const arriving = network.records();
    const inOneGo = await postsBeingChecked(verifyInThread, network.net, arriving, { count: 8, now: network.clock });
    const seen: string[] = [];
    const verifier: EntryVerifier = {
      check(net, batch) {
        seen.push(`check ${batch.length}`);
        return verifyInThread.check(net, batch);
      },
      signatures(batch) {
        seen.push(`signatures ${batch.length}`);
        return verifyInThread.signatures(batch);
      },
    };
    const paused = await postsBeingChecked(verifier, network.net, arriving, {
      count: 8,
      now: network.clock,
      pause: async () => {
        seen.push('turn');
      },
    });
    expect(paused.map(({ id }) => id)).toEqual(inOneGo.map(({ id }) => id));
    const checks = seen.filter((event) => event.startsWith('check'));
    // 16 candidates (twice the count), 8 at a time, each few's signatures asked for first and followed by a turn.
    expect(checks).toEqual(['check 8', 'check 8']);
    expect(seen).toEqual(['signatures 8', 'check 8', 'turn', 'signatures 8', 'check 8', 'turn']);
  });

  it('never shows a forged post, however new it claims to be, and checks few entries', async () => {
    const network = busyNetwork();
    const anna = network.member('Anna-2');
    const stranger = newIdentity();
    // Anna's key, Anna's fields, newest of all; signed by someone else.
    const forgedFields = network.post(anna, { title: 'Nep' }).entry;
    network.entries.pop();
    const forged = signRawPayload(stranger, network.net, payloadOf({ ...forgedFields, time: network.clock + 1 }));
    // Claims a time far ahead: not chosen, so a flood of such claims cannot push real posts out.
    const future = signRawPayload(
      stranger,
      network.net,
      payloadOf({ ...forgedFields, author: stranger.signing.publicKey, time: network.clock + 2 * maxClockSkewMs }),
    );
    const arriving = [...network.records(), [forged.id, forged.bytes] as const, [future.id, future.bytes] as const];
    const verifier = countingVerifier();
    const chosen = await postsBeingChecked(verifier, network.net, arriving, { count: 5, now: network.clock });
    const ids = chosen.map(({ id }) => id);
    expect(ids).not.toContain(forged.id);
    expect(ids).not.toContain(future.id);
    expect(chosen).toHaveLength(5);
    expect(verifier.entries).toBeLessThanOrEqual(10);
    expect(verifier.signed).toBeLessThanOrEqual(10);
  });
});
