// Canonical bytes: DAG-CBOR (deterministic CBOR: shortest integers, map keys sorted,
// no floats for integers, no undefined, no indefinite lengths). Decoding is strict, so a
// value has exactly one encoding and a signature covers exactly one meaning.
// cborg with @ipld/dag-cbor's own options, less its CID links (tag 42): the protocol has no
// links, so a tag 42 is refused like any other tag, and the page does not load multiformats
// (docs/benchmarks.md, figure 7). The bytes are @ipld/dag-cbor's (tests/unit/core/canonical.test.ts).
import { type DecodeOptions, decode, type EncodeOptions, encode } from 'cborg';
import { decodeProvenCanonical, unproven } from './provenCanonical.ts';

const encodeOptions: EncodeOptions = {
  float64: true,
  typeEncoders: {
    Map: (map: Map<unknown, unknown>) => {
      for (const key of map.keys()) {
        if (typeof key !== 'string' || key.length === 0) throw new Error('a map key must be a non-empty text');
      }
      return null;
    },
    undefined: () => {
      throw new Error('undefined cannot be encoded');
    },
    number: (value: number) => {
      if (!Number.isFinite(value)) throw new Error('NaN and Infinity cannot be encoded');
      return null;
    },
  },
};

const decodeOptions: DecodeOptions = {
  allowIndefinite: false,
  coerceUndefinedToNull: true,
  allowNaN: false,
  allowInfinity: false,
  allowBigInt: true,
  strict: true,
  useMaps: false,
  rejectDuplicateMapKeys: true,
  tags: {},
};

export function encodeCanonical(value: unknown): Uint8Array {
  // The encoder hands out a view into a shared pool: copy, so the bytes are ours alone and
  // a stored copy (IndexedDB clones the whole underlying buffer) is only as long as they are.
  return new Uint8Array(encode(value, encodeOptions));
}

/**
 * Decodes DAG-CBOR strictly, without proving the bytes canonical: for a caller that
 * re-encodes what it read anyway (readEntry compares the encoding of the checked fields).
 */
export function decodeStrict(bytes: Uint8Array): unknown {
  return decode(bytes, decodeOptions);
}

/** Decodes canonical bytes; throws on anything that is not canonical DAG-CBOR. */
export function decodeCanonical(bytes: Uint8Array): unknown {
  // Bytes this reader proves canonical while reading need no second encoding.
  const proven = decodeProvenCanonical(bytes);
  if (proven !== unproven) return proven;
  const value = decode(bytes, decodeOptions);
  // Strict decoding still accepts e.g. a longer-than-needed string header in some
  // versions; re-encoding settles it.
  if (!equalBytes(encode(value, encodeOptions), bytes)) throw new Error('not canonical');
  return value;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
