// The core's hash port (src/core/crypto/hash.ts): a platform's own SHA-256 is what entry ids
// are made with once given, and Node's (bench/nodeSha256.ts) gives exactly @noble/hashes'
// digests and the same entries as read: ids, acceptance and refusals do not depend on it.
import { sha256 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { useNodeSha256 } from '../../../bench/nodeSha256.ts';
import { hash, useSha256 } from '../../../src/core/crypto/hash.ts';
import { toBase64Url } from '../../../src/core/encoding/base64url.ts';
import { entryId } from '../../../src/core/entry/Entry.ts';
import { readEntry } from '../../../src/core/entry/readEntry.ts';
import { TestNetwork } from './TestNetwork.ts';

afterEach(() => useSha256());

describe('the hash port', () => {
  it('hashes with the platform SHA-256 it was given, and with @noble/hashes again after', () => {
    const given: Uint8Array[] = [];
    useSha256((bytes) => {
      given.push(bytes);
      return new Uint8Array(32).fill(7);
    });
    const wire = new Uint8Array([1, 2, 3]);
    expect(entryId(wire)).toEqual(new Uint8Array(20).fill(7));
    expect(given).toEqual([wire]);
    useSha256();
    expect(entryId(wire)).toEqual(sha256(wire).slice(0, 20));
  });

  it("Node's SHA-256 gives @noble/hashes' digest for any bytes, as a plain Uint8Array", () => {
    useNodeSha256();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.nat(16), (bytes, start) => {
        const view = bytes.subarray(Math.min(start, bytes.length));
        const digest = hash(view);
        expect(Object.getPrototypeOf(digest)).toBe(Uint8Array.prototype);
        expect(digest).toEqual(sha256(view));
      }),
    );
  });

  it("reads entries the same with Node's SHA-256: same ids, a wrong id still refused", async () => {
    const network = new TestNetwork();
    const entry = network.post(network.founder, { title: 'hallo' });
    const before = await readEntry(network.net, toBase64Url(entry.id), entry.bytes);
    useNodeSha256();
    const after = await readEntry(network.net, toBase64Url(entry.id), entry.bytes);
    expect(after).toEqual(before);
    expect(after.ok).toBe(true);
    const other = toBase64Url(new Uint8Array(20));
    expect(await readEntry(network.net, other, entry.bytes)).toMatchObject({ ok: false, problem: 'wrong-id' });
  });
});
