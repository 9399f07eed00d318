// One entry on its own: the one wire form, exact shape, id, signature. Hostile input first-class.
import * as dagCbor from '@ipld/dag-cbor';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hash } from '../../../src/core/crypto/hash.ts';
import { signatureLength } from '../../../src/core/crypto/signatures.ts';
import { toBase64Url } from '../../../src/core/encoding/base64url.ts';
import { encodeCanonical } from '../../../src/core/encoding/canonical.ts';
import { entryId, maxEntryBytes, signEntry } from '../../../src/core/entry/Entry.ts';
import { readEntry } from '../../../src/core/entry/readEntry.ts';
import { newIdentity } from '../../../src/core/Identity.ts';
import { encodeTree, type Tree, toTree } from './looseCbor.ts';
import { bodyOf, signPayload, signRawPayload, TestNetwork } from './TestNetwork.ts';

const network = new TestNetwork();
const anna = network.member('Anna');
const bram = network.member('Bram');
const post = network.post(anna);
const transfer = network.transfer(anna, bram, 90);
const admit = network.entries.find((e) => e.entry.type === 'admit');

/** Stores bytes under their true id, so only the property under test is wrong. */
function stored(bytes: Uint8Array): [Uint8Array, string, Uint8Array] {
  return [network.net, toBase64Url(entryId(bytes)), bytes];
}

function payloadOf(bytes: Uint8Array): unknown[] {
  return dagCbor.decode(bytes.subarray(signatureLength)) as unknown[];
}

/** The same payload under the original signature (someone who is not the author). */
function withOriginalSignature(original: Uint8Array, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(signatureLength + payload.length);
  out.set(original.subarray(0, signatureLength));
  out.set(payload, signatureLength);
  return out;
}

describe('readEntry', () => {
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
    const forged = post.bytes.slice();
    forged[5] = (forged[5] ?? 0) ^ 1;
    expect(await readEntry(...stored(forged))).toMatchObject({ ok: false, problem: 'bad-signature' });
  });

  it('refuses a changed body under the original signature', async () => {
    const fields = payloadOf(post.bytes);
    (fields[7] as Record<string, unknown>).minutes = 5;
    const changed = withOriginalSignature(post.bytes, encodeCanonical(fields));
    expect(await readEntry(...stored(changed))).toMatchObject({ ok: false, problem: 'bad-signature' });
  });

  it('refuses an entry signed by someone else than its author field says', async () => {
    const mallory = newIdentity();
    const fields = payloadOf(post.bytes);
    const forged = signPayload(mallory, network.net, fields);
    expect(await readEntry(...stored(forged.bytes))).toMatchObject({ ok: false, problem: 'bad-signature' });
  });

  it('refuses a signature that is not canonical (S above the group order), which one verifier might take', async () => {
    const bent = post.bytes.slice();
    // S + L: the same point for a lenient verifier, refused by a strict one.
    const order = 2n ** 252n + 27742317777372353535851937790883648493n;
    let s = 0n;
    for (let i = 63; i >= 32; i--) s = (s << 8n) | BigInt(bent[i] ?? 0);
    let t = s + order;
    for (let i = 32; i < 64; i++) {
      bent[i] = Number(t & 0xffn);
      t >>= 8n;
    }
    expect(await readEntry(...stored(bent))).toMatchObject({ ok: false, problem: 'bad-signature' });
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

  it('refuses garbage and values that are not bytes', async () => {
    const garbage = crypto.getRandomValues(new Uint8Array(300));
    expect(await readEntry(...stored(garbage))).toMatchObject({ ok: false });
    for (const value of ['tekst', 42, null, { a: 1 }, [1, 2], new Uint8Array(10)]) {
      expect(await readEntry(network.net, 'x', value)).toMatchObject({ ok: false, problem: 'malformed' });
    }
  });

  it('refuses an entry of protocol version 1 with a plain reason', async () => {
    const old = encodeCanonical({
      v: 1,
      type: 'post',
      author: anna.signing.publicKey,
      seq: 1,
      prev: null,
      time: 1,
      body: {},
      sig: new Uint8Array(64),
    });
    const oldId = toBase64Url(hash(old));
    expect(await readEntry(network.net, oldId, old)).toMatchObject({ ok: false, problem: 'old-version' });
    const fields = payloadOf(post.bytes);
    fields[0] = 1;
    const signed = signPayload(anna, network.net, fields);
    expect(await readEntry(...stored(signed.bytes))).toMatchObject({ ok: false, problem: 'old-version' });
  });

  it('refuses unknown fields, missing fields and wrong types, naming the field, even when the author signs them', async () => {
    const withField = (change: (body: Record<string, unknown>, fields: unknown[]) => void) => {
      const fields = payloadOf(post.bytes);
      change(fields[7] as Record<string, unknown>, fields);
      return signPayload(anna, network.net, fields).bytes;
    };
    expect(await readEntry(...stored(withField((b) => (b.secretField = 1))))).toMatchObject({
      ok: false,
      problem: 'malformed',
      detail: 'entry.body.secretField: unknown field',
    });
    expect(await readEntry(...stored(withField((b) => delete b.title)))).toMatchObject({
      ok: false,
      problem: 'malformed',
      detail: 'entry.body.title: missing',
    });
    expect(await readEntry(...stored(withField((_, f) => (f[3] = 'twee'))))).toMatchObject({
      ok: false,
      problem: 'malformed',
    });
    expect(await readEntry(...stored(withField((_, f) => (f[1] = 'mint-hours'))))).toMatchObject({
      ok: false,
      problem: 'malformed',
    });
    for (const inherited of ['toString', 'constructor', 'valueOf', 'hasOwnProperty', '__proto__']) {
      expect(await readEntry(...stored(withField((_, f) => (f[1] = inherited)))), inherited).toMatchObject({
        ok: false,
        problem: 'malformed',
      });
    }
  });

  it('refuses zero, negative, fractional and oversized amounts, and dates no calendar can show', async () => {
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
    const forever = network.forge(
      anna,
      'post',
      { ...bodyOf(post, 'post'), expires: 8.64e15 + 1 },
      { seq: 3, prev: post.id },
    );
    expect(await readEntry(...stored(forever.bytes))).toMatchObject({ ok: false, problem: 'malformed' });
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

  it('refuses a join whose box key is of small order', async () => {
    const fields = payloadOf(network.entries.find((e) => e.entry.type === 'join')?.bytes as Uint8Array);
    const newcomer = newIdentity();
    fields[2] = newcomer.signing.publicKey;
    (fields[7] as Record<string, unknown>).boxKey = new Uint8Array(32);
    const signed = signPayload(newcomer, network.net, fields);
    expect(await readEntry(...stored(signed.bytes))).toMatchObject({ ok: false, problem: 'malformed' });
  });
});

// --- one wire form per signed record ---

const inheritedNames = [
  'toString',
  'constructor',
  '__proto__',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'toLocaleString',
];

type Mutation =
  | { kind: 'add'; name: string; value: number }
  | { kind: 'remove'; index: number }
  | { kind: 'rename'; index: number; name: string }
  | { kind: 'duplicate'; index: number }
  | { kind: 'reverse-keys' }
  | { kind: 'extra-element' }
  | { kind: 'drop-element' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    name: fc.oneof(fc.constantFrom(...inheritedNames), fc.string({ maxLength: 8 })),
    value: fc.integer(),
  }),
  fc.record({ kind: fc.constant('remove' as const), index: fc.nat() }),
  fc.record({
    kind: fc.constant('rename' as const),
    index: fc.nat(),
    name: fc.oneof(fc.constantFrom(...inheritedNames), fc.string({ maxLength: 8 })),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('reverse-keys' as const) }),
  fc.record({ kind: fc.constant('extra-element' as const) }),
  fc.record({ kind: fc.constant('drop-element' as const) }),
);

function mutate(fields: Tree[], change: Mutation): Tree[] {
  const out = [...fields];
  const body = out[7] as { map: [string, Tree][] };
  const map = [...body.map];
  switch (change.kind) {
    case 'add':
      map.push([change.name, change.value]);
      break;
    case 'remove':
      map.splice(change.index % map.length, 1);
      break;
    case 'rename': {
      const at = change.index % map.length;
      map[at] = [change.name, (map[at] as [string, Tree])[1]];
      break;
    }
    case 'duplicate':
      map.push(map[change.index % map.length] as [string, Tree]);
      break;
    case 'reverse-keys':
      map.reverse();
      break;
    case 'extra-element':
      out.push(0);
      break;
    case 'drop-element':
      out.pop();
      break;
  }
  out[7] = { map };
  return out;
}

describe('one wire form per signed record', () => {
  const originals = [post, transfer, ...(admit ? [admit] : [])];

  it('every mutation of a valid entry is refused, or is byte for byte the original (the same id)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...originals),
        fc.array(mutation, { maxLength: 3 }),
        fc.nat({ max: 3 }),
        fc.boolean(),
        async (original, changes, widen, resign) => {
          const tree = toTree(payloadOf(original.bytes)) as Tree[];
          const mutated = changes.reduce(mutate, tree);
          const payload = encodeTree(mutated, { widen });
          const bytes = resign
            ? signRawPayload(anna, network.net, payload).bytes
            : withOriginalSignature(original.bytes, payload);
          const result = await readEntry(...stored(bytes));
          if (result.ok) expect(toBase64Url(result.id)).toBe(toBase64Url(original.id));
        },
      ),
      { numRuns: 400 },
    );
  }, 60_000);

  it('longer integer and length forms of the very same fields are refused, whoever signs them', async () => {
    const tree = toTree(payloadOf(transfer.bytes)) as Tree[];
    for (const at of ['[1]', '[3]', '.minutes', '.what', '[7]']) {
      const payload = encodeTree(tree, { widen: 1, widenAt: (path) => path.endsWith(at) });
      for (const bytes of [
        signRawPayload(anna, network.net, payload).bytes,
        withOriginalSignature(transfer.bytes, payload),
      ]) {
        expect(await readEntry(...stored(bytes)), at).toMatchObject({ ok: false });
      }
    }
  });

  it("an inherited field name cannot copy someone's transfer under a new id (the toString attack)", async () => {
    const tree = toTree(payloadOf(transfer.bytes)) as Tree[];
    for (const name of inheritedNames) {
      const payload = encodeTree(mutate(tree, { kind: 'add', name, value: 1 }));
      const result = await readEntry(...stored(withOriginalSignature(transfer.bytes, payload)));
      expect(result.ok, name).toBe(false);
    }
  });
});

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
