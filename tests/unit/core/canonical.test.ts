// Canonical bytes come from cborg with DAG-CBOR's options (src/core/encoding/canonical.ts):
// the same bytes as @ipld/dag-cbor for every value the protocol writes, the same refusals,
// and a CID link (tag 42), which the protocol never writes, refused like any other tag.
import * as dagCbor from '@ipld/dag-cbor';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCanonical, decodeStrict, encodeCanonical } from '../../../src/core/encoding/canonical.ts';

/** Values as the protocol writes them: whole numbers within ±2^53, texts, bytes, lists, maps, null, booleans. */
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.maxSafeInteger(),
    fc.integer({ min: -100, max: 100_000 }),
    fc.string(),
    fc.uint8Array({ maxLength: 40 }),
    fc.constant(null),
    fc.boolean(),
  ),
  node: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.array(tie('node'), { maxLength: 5 }),
    fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), tie('node'), { maxKeys: 5 }),
  ),
})).node;

describe('canonical bytes', () => {
  it("are @ipld/dag-cbor's bytes, and each library reads the other's", () => {
    fc.assert(
      fc.property(value, (v) => {
        const ours = encodeCanonical(v);
        expect(ours).toEqual(new Uint8Array(dagCbor.encode(v)));
        expect(decodeCanonical(ours)).toEqual(dagCbor.decode(ours));
      }),
    );
  });

  it('refuse what DAG-CBOR refuses: undefined, NaN, Infinity, a Map with a key that is not text', () => {
    for (const bad of [undefined, { a: undefined }, Number.NaN, Number.POSITIVE_INFINITY, new Map([[1, 'x']])]) {
      expect(() => encodeCanonical(bad)).toThrow();
      expect(() => dagCbor.encode(bad)).toThrow();
    }
  });

  it('refuse indefinite lengths, duplicate keys, unsorted keys and long headers', () => {
    const hostile = [
      Uint8Array.of(0x9f, 0x01, 0xff), // an indefinite list
      Uint8Array.of(0xa2, 0x61, 0x61, 0x01, 0x61, 0x61, 0x02), // {a: 1, a: 2}
      Uint8Array.of(0xa2, 0x61, 0x62, 0x01, 0x61, 0x61, 0x02), // {b: 1, a: 2}: unsorted
      Uint8Array.of(0x18, 0x01), // 1 in two bytes
      Uint8Array.of(0xf9, 0x7e, 0x00), // NaN
    ];
    const throws = (read: () => unknown) => {
      try {
        read();
        return false;
      } catch {
        return true;
      }
    };
    for (const bytes of hostile) {
      expect(() => decodeCanonical(bytes)).toThrow();
      // The strict reader (before the re-encoding) refuses exactly what @ipld/dag-cbor refuses.
      expect(throws(() => decodeStrict(bytes))).toBe(throws(() => dagCbor.decode(bytes)));
    }
  });

  it('refuse a CID link (tag 42), which the protocol never writes', () => {
    // Tag 42 around a byte string 0x00 + a CIDv1 (raw, identity hash of nothing).
    const cid = Uint8Array.of(0xd8, 0x2a, 0x45, 0x00, 0x01, 0x55, 0x00, 0x00);
    expect(() => decodeStrict(cid)).toThrow(/tag/);
    expect(() => decodeCanonical(cid)).toThrow(/tag/);
  });
});
