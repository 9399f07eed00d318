// One entry on its own: canonical bytes, exact shape, id, signature. Hostile input first-class.
import * as dagCbor from '@ipld/dag-cbor';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../src/core/encoding/base64url.ts';
import { encodeCanonical } from '../../../src/core/encoding/canonical.ts';
import { entryId, maxEntryBytes, signEntry } from '../../../src/core/entry/Entry.ts';
import { readEntry } from '../../../src/core/entry/readEntry.ts';
import { newIdentity } from '../../../src/core/Identity.ts';
import { bodyOf, TestNetwork } from './TestNetwork.ts';

const network = new TestNetwork();

/** Stores bytes under their true id, so only the property under test is wrong. */
function stored(bytes: Uint8Array): [Uint8Array, string, Uint8Array] {
  return [network.net, toBase64Url(entryId(bytes)), bytes];
}

function tamper(bytes: Uint8Array, change: (entry: Record<string, unknown>) => void): Uint8Array {
  const value = dagCbor.decode(bytes) as Record<string, unknown>;
  change(value);
  return encodeCanonical(value);
}

describe('readEntry', () => {
  const anna = network.member('Anna');
  const post = network.post(anna);

  it('reads back what was signed', async () => {
    const result = await readEntry(...stored(post.bytes));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.entry.type).toBe('post');
      expect(result.entry.body).toMatchObject({ title: 'Iemand die mee wil naar de huisarts' });
      expect(result.idText).toBe(toBase64Url(post.id));
    }
  });

  it('refuses an entry of another network: its signature covers the network id', async () => {
    const elsewhere = new TestNetwork();
    expect(await readEntry(elsewhere.net, toBase64Url(post.id), post.bytes)).toMatchObject({
      ok: false,
      problem: 'bad-signature',
    });
  });

  it('reads a genesis entry whatever network the reader thinks it is in', async () => {
    const result = await readEntry(new TestNetwork().net, toBase64Url(network.genesis.id), network.genesis.bytes);
    expect(result.ok && result.entry.net).toBeNull();
  });

  it('refuses bytes stored under another id', async () => {
    const result = await readEntry(network.net, toBase64Url(network.genesis.id), post.bytes);
    expect(result).toMatchObject({ ok: false, problem: 'wrong-id' });
  });

  it('refuses a forged signature', async () => {
    const forged = tamper(post.bytes, (e) => {
      const sig = (e.sig as Uint8Array).slice();
      sig[5] = (sig[5] ?? 0) ^ 1;
      e.sig = sig;
    });
    expect(await readEntry(...stored(forged))).toMatchObject({ ok: false, problem: 'bad-signature' });
  });

  it('refuses a changed body under the original signature', async () => {
    const changed = tamper(post.bytes, (e) => {
      (e.body as Record<string, unknown>).minutes = 5;
    });
    expect(await readEntry(...stored(changed))).toMatchObject({ ok: false, problem: 'bad-signature' });
  });

  it('refuses an entry signed by someone else than its author field says', async () => {
    const mallory = newIdentity();
    const impersonated = tamper(
      network.forge(mallory, 'post', bodyOf(post, 'post'), { seq: 2, prev: post.id }).bytes,
      (e) => {
        e.author = anna.signing.publicKey;
      },
    );
    expect(await readEntry(...stored(impersonated))).toMatchObject({ ok: false, problem: 'bad-signature' });
  });

  it('refuses an oversized entry before decoding it (a 1 MB post)', async () => {
    const huge = network.forge(
      anna,
      'post',
      { ...bodyOf(post, 'post'), text: 'x'.repeat(1_000_000) },
      {
        seq: 9,
        prev: post.id,
      },
    );
    expect(huge.bytes.length).toBeGreaterThan(maxEntryBytes);
    expect(await readEntry(...stored(huge.bytes))).toMatchObject({ ok: false, problem: 'oversized' });
  });

  it('refuses garbage, non-bytes and non-canonical CBOR', async () => {
    const garbage = crypto.getRandomValues(new Uint8Array(300));
    expect(await readEntry(...stored(garbage))).toMatchObject({ ok: false, problem: 'malformed' });
    for (const value of ['tekst', 42, null, { a: 1 }, [1, 2]]) {
      expect(await readEntry(network.net, 'x', value)).toMatchObject({ ok: false, problem: 'malformed' });
    }
    // The same map with its keys in the wrong order: valid CBOR, not canonical.
    const fields = dagCbor.decode(post.bytes) as Record<string, unknown>;
    const nonCanonical = manualMap(Object.entries(fields).reverse());
    expect(await readEntry(...stored(nonCanonical))).toMatchObject({ ok: false, problem: 'malformed' });
  });

  it('refuses unknown fields, missing fields and wrong types, naming the field', async () => {
    const extra = tamper(post.bytes, (e) => {
      (e.body as Record<string, unknown>).secretField = 1;
    });
    expect(await readEntry(...stored(extra))).toMatchObject({
      ok: false,
      problem: 'malformed',
      detail: 'body.secretField: unknown field',
    });
    const missing = tamper(post.bytes, (e) => {
      delete (e.body as Record<string, unknown>).title;
    });
    expect(await readEntry(...stored(missing))).toMatchObject({
      ok: false,
      problem: 'malformed',
      detail: 'body.title: missing',
    });
    const wrongType = tamper(post.bytes, (e) => {
      e.seq = 'twee';
    });
    expect(await readEntry(...stored(wrongType))).toMatchObject({ ok: false, problem: 'malformed' });
    const unknownType = tamper(post.bytes, (e) => {
      e.type = 'mint-hours';
    });
    expect(await readEntry(...stored(unknownType))).toMatchObject({ ok: false, problem: 'malformed' });
  });

  it('refuses zero, negative, fractional and oversized amounts', async () => {
    const bob = newIdentity();
    for (const minutes of [0, -60, 1.5, 24 * 60 + 1]) {
      const signed = network.forge(
        anna,
        'transfer',
        { to: bob.signing.publicKey, minutes, what: '', post: null, proposal: null },
        { seq: 3, prev: post.id },
      );
      expect(await readEntry(...stored(signed.bytes)), `${minutes}`).toMatchObject({ ok: false, problem: 'malformed' });
    }
  });

  it('refuses a chain position that contradicts itself', async () => {
    const first = signEntry(anna, {
      net: network.net,
      type: 'post',
      seq: 1,
      prev: post.id,
      time: 1,
      body: bodyOf(post, 'post'),
    });
    expect(await readEntry(...stored(first.bytes))).toMatchObject({ ok: false, problem: 'malformed' });
    const later = signEntry(anna, {
      net: network.net,
      type: 'post',
      seq: 4,
      prev: null,
      time: 1,
      body: bodyOf(post, 'post'),
    });
    expect(await readEntry(...stored(later.bytes))).toMatchObject({ ok: false, problem: 'malformed' });
  });
});

/** A CBOR map written by hand in the given key order (dag-cbor would sort it). */
function manualMap(entries: [string, unknown][]): Uint8Array {
  const parts: Uint8Array[] = [new Uint8Array([0xa0 + entries.length])];
  for (const [key, value] of entries) {
    parts.push(dagCbor.encode(key), dagCbor.encode(value));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

describe('canonical bytes', () => {
  it('own their buffer (a view into a pool would be stored whole by IndexedDB)', () => {
    const a = encodeCanonical({ text: 'x'.repeat(100) });
    const b = encodeCanonical({ text: 'y'.repeat(100) });
    expect(a.byteOffset).toBe(0);
    expect(a.buffer.byteLength).toBe(a.length);
    expect(new TextDecoder().decode(a)).toContain('xxxx');
    expect(b.buffer).not.toBe(a.buffer);
  });
});
