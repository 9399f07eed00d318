// Canonical bytes: DAG-CBOR (deterministic CBOR: shortest integers, map keys sorted,
// no floats for integers, no undefined, no indefinite lengths). Decoding is strict, so a
// value has exactly one encoding and a signature covers exactly one meaning.
import * as dagCbor from '@ipld/dag-cbor';
import { decodeProvenCanonical, unproven } from './provenCanonical.ts';

export function encodeCanonical(value: unknown): Uint8Array {
  // The encoder hands out a view into a shared pool: copy, so the bytes are ours alone and
  // a stored copy (IndexedDB clones the whole underlying buffer) is only as long as they are.
  return new Uint8Array(dagCbor.encode(value));
}

/**
 * Decodes DAG-CBOR strictly, without proving the bytes canonical: for a caller that
 * re-encodes what it read anyway (readEntry compares the encoding of the checked fields).
 */
export function decodeStrict(bytes: Uint8Array): unknown {
  return dagCbor.decode(bytes);
}

/** Decodes canonical bytes; throws on anything that is not canonical DAG-CBOR. */
export function decodeCanonical(bytes: Uint8Array): unknown {
  // Bytes this reader proves canonical while reading need no second encoding.
  const proven = decodeProvenCanonical(bytes);
  if (proven !== unproven) return proven;
  const value = dagCbor.decode(bytes);
  // Strict decoding still accepts e.g. a longer-than-needed string header in some
  // versions; re-encoding settles it.
  if (!equalBytes(dagCbor.encode(value), bytes)) throw new Error('not canonical');
  return value;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
