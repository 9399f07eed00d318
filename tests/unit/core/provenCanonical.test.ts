// The reader that proves canonical form while it decodes must refuse exactly what the old
// check (decode, re-encode, compare) refused, with the same answer: random valid entries,
// random byte and structure mutations, signed again or not, read by both.
import * as dagCbor from '@ipld/dag-cbor';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signatureLength } from '../../../src/core/crypto/signatures.ts';
import { toBase64Url } from '../../../src/core/encoding/base64url.ts';
import { decodeCanonical, equalBytes } from '../../../src/core/encoding/canonical.ts';
import { decodeProvenCanonical, sameDagValue, unproven } from '../../../src/core/encoding/provenCanonical.ts';
import { entryId, type SignedEntry } from '../../../src/core/entry/Entry.ts';
import { readEntry } from '../../../src/core/entry/readEntry.ts';
import { encodeTree, type Tree, toTree } from './looseCbor.ts';
import { decodeCanonicalBefore, readEntryBefore } from './readEntryBefore.ts';
import { signRawPayload, TestNetwork } from './TestNetwork.ts';

const network = new TestNetwork();
const anna = network.member('Anna');
const bram = network.member('Bram');

/** Texts a person might write, any code point among them. */
const plainText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).filter((s) => !s.startsWith('\ufeff')),
);
/** And what a hostile author might: a leading byte-order mark (re-encoding refused it). */
const someText = fc.oneof(
  plainText,
  fc.string({ unit: 'binary', maxLength: 10 }).map((s) => `\ufeff${s}x`),
);

/** An entry of a few kinds, signed by its author, with random texts and numbers in it. */
const entryWith = (text: fc.Arbitrary<string>): fc.Arbitrary<SignedEntry> =>
  fc.oneof(
    fc
      .record({ minutes: fc.integer({ min: 1, max: 600 }), what: text })
      .map(({ minutes, what }) => network.transfer(anna, bram, minutes, what)),
    fc.record({ title: text }).map(({ title }) => network.post(anna, { title })),
    fc.constantFrom(...network.entries),
  );
const validEntry = entryWith(plainText);
const anyEntry = entryWith(someText);

type ByteChange =
  | { kind: 'set'; at: number; value: number }
  | { kind: 'insert'; at: number; value: number }
  | { kind: 'delete'; at: number };

const byteChange: fc.Arbitrary<ByteChange> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.nat({ max: 255 }) }),
  // Header bytes that start the forms the reader leaves to the full decoder.
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(),
    value: fc.constantFrom(0x18, 0x19, 0x1a, 0x1b, 0x3b, 0x5f, 0x7f, 0x9f, 0xbf, 0xd8, 0xf7, 0xf9, 0xfb, 0xff, 0xef),
  }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: fc.nat({ max: 255 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
);

function changeBytes(payload: Uint8Array, change: ByteChange): Uint8Array {
  const bytes = [...payload];
  const at = change.at % (bytes.length + 1);
  if (change.kind === 'set') bytes[Math.min(at, bytes.length - 1)] = change.value;
  else if (change.kind === 'insert') bytes.splice(at, 0, change.value);
  else bytes.splice(at, 1);
  return new Uint8Array(bytes);
}

/** Structure changes the canonical encoder never makes: keys out of order, longer forms. */
function loosely(payload: Uint8Array, widen: number, reverse: boolean): Uint8Array {
  const tree = toTree(dagCbor.decode(payload)) as Tree[];
  const body = tree[7];
  if (reverse && body && typeof body === 'object' && !Array.isArray(body) && !(body instanceof Uint8Array))
    tree[7] = { map: [...body.map].reverse() };
  return encodeTree(tree, { widen, widenAt: (path) => path.length % 3 === widen % 3 });
}

async function bothRead(bytes: Uint8Array, claimed = toBase64Url(entryId(bytes))) {
  const net = network.net;
  const [before, now] = await Promise.all([readEntryBefore(net, claimed, bytes), readEntry(net, claimed, bytes)]);
  const [trustedBefore, trustedNow] = await Promise.all([
    readEntryBefore(net, claimed, bytes, { trusted: true }),
    readEntry(net, claimed, bytes, { trusted: true }),
  ]);
  return { before, now, trustedBefore, trustedNow };
}

describe('a reader that proves canonical form as it decodes', () => {
  it('refuses exactly what decoding and re-encoding refused, with the same answer', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyEntry,
        fc.array(byteChange, { maxLength: 3 }),
        fc.nat({ max: 2 }),
        fc.boolean(),
        fc.boolean(),
        async (original, changes, widen, reverse, resign) => {
          let payload = original.bytes.subarray(signatureLength);
          if (widen > 0 || reverse) payload = loosely(payload, widen, reverse);
          payload = changes.reduce(changeBytes, payload);
          const author = original.entry.author === bram.signing.publicKey ? bram : anna;
          const bytes = resign
            ? signRawPayload(author, original.entry.net, payload).bytes
            : new Uint8Array([...original.bytes.subarray(0, signatureLength), ...payload]);
          const { before, now, trustedBefore, trustedNow } = await bothRead(bytes);
          expect(now).toEqual(before);
          expect(trustedNow).toEqual(trustedBefore);
        },
      ),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('reads every valid entry as before', async () => {
    await fc.assert(
      fc.asyncProperty(validEntry, async (original) => {
        const { before, now } = await bothRead(original.bytes);
        expect(before.ok).toBe(true);
        expect(now).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('a leading byte-order mark in a text is refused, as re-encoding refused it', async () => {
    const signed = network.transfer(anna, bram, 30, '\ufeffKoffie');
    const { before, now } = await bothRead(signed.bytes);
    expect(before).toMatchObject({ ok: false, problem: 'malformed' });
    expect(now).toEqual(before);
  });
});

/** DAG-CBOR values: what entries are made of, and what they are not (floats, big numbers). */
const dagValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.integer(),
    fc.maxSafeInteger(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.uint8Array({ maxLength: 12 }),
    fc.constantFrom(null, true, false, 0, -1, 23, 24, 255, 256, 65535, 65536, 2 ** 32 - 1, 2 ** 32),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ unit: 'binary', maxLength: 6 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('decodeProvenCanonical', () => {
  it('only proves bytes that are the one encoding of the value the full decoder reads', () => {
    fc.assert(
      fc.property(dagValue, fc.array(byteChange, { maxLength: 2 }), (value, changes) => {
        const bytes = changes.reduce(changeBytes, dagCbor.encode(value));
        const proven = decodeProvenCanonical(bytes);
        if (proven === unproven) return;
        expect(equalBytes(dagCbor.encode(proven), bytes)).toBe(true);
        expect(sameDagValue(proven, dagCbor.decode(bytes))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('proves what the encoder writes for the values entries hold', () => {
    fc.assert(
      fc.property(dagValue, (value) => {
        const bytes = dagCbor.encode(value);
        const proven = decodeProvenCanonical(bytes);
        const plain = !JSON.stringify(value ?? null, (_k, v) =>
          typeof v === 'number' && !Number.isSafeInteger(v) ? 'float' : v,
        ).includes('"float"');
        if (plain && !/"\\ufeff|"\ufeff/.test(JSON.stringify(value))) expect(proven).not.toBe(unproven);
      }),
      { numRuns: 2000 },
    );
  });

  it('decodeCanonical refuses and reads what it did before', () => {
    fc.assert(
      fc.property(dagValue, fc.array(byteChange, { maxLength: 2 }), (value, changes) => {
        const bytes = changes.reduce(changeBytes, dagCbor.encode(value));
        const run = (decode: (b: Uint8Array) => unknown) => {
          try {
            return { value: decode(bytes) };
          } catch {
            return 'refused';
          }
        };
        const before = run(decodeCanonicalBefore);
        const now = run(decodeCanonical);
        if (before === 'refused' || now === 'refused') expect(now).toBe(before);
        else expect(sameDagValue(now.value, before.value)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('leaves longer forms, floats, tags, indefinite lengths and keys out of order to the full decoder', () => {
    const cases = [
      [0x18, 0x05], // 5 in two bytes
      [0x19, 0x00, 0x30], // 48 in three
      [0x1b, 0, 0, 0, 0, 0, 0, 1, 0], // 256 in nine
      [0x1b, 0, 0x20, 0, 0, 0, 0, 0, 0], // 2^53: a BigInt for the full decoder
      [0xfb, 0x3f, 0xf0, 0, 0, 0, 0, 0, 0], // 1.0 as a float
      [0xf7], // undefined
      [0x9f, 0xff], // an indefinite list
      [0xd8, 0x2a, 0x40], // tag 42
      [0xa2, 0x61, 0x62, 0x01, 0x61, 0x61, 0x02], // {b, a}
      [0xa2, 0x61, 0x61, 0x01, 0x61, 0x61, 0x02], // {a, a}
      [0xa2, 0x62, 0x61, 0x61, 0x01, 0x61, 0x62, 0x02], // {aa, b}: the longer key first
      [0x63, 0xef, 0xbb, 0xbf], // a text that is only a byte-order mark
      [0x62, 0xc0, 0x80], // an overlong NUL
      [0x01, 0x02], // a value and a byte more
    ];
    for (const bytes of cases) expect(decodeProvenCanonical(new Uint8Array(bytes)), bytes.join(' ')).toBe(unproven);
    expect(decodeProvenCanonical(new Uint8Array([0xa2, 0x61, 0x62, 0x01, 0x62, 0x61, 0x61, 0x02]))).toEqual({
      b: 1,
      aa: 2,
    });
  });
});
