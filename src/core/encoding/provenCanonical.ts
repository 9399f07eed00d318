// A DAG-CBOR reader that proves, while it reads, that the bytes are the one canonical
// encoding of what it read — so a reader need not encode the value again and compare
// (docs/protocol.md §3.2, step 5: one wire form). It knows only what entries are made of:
// unsigned and negative integers in their shortest form, byte and text strings, arrays,
// maps with text keys in canonical order (shorter key first, then byte by byte; no key
// twice), false, true and null. Anything else — a float, a tag, undefined, an indefinite
// or longer-than-needed length, a key out of order, text that is not UTF-8 — it does not
// judge: it answers `unproven`, and the caller reads those bytes the old way (decode,
// re-encode, compare), so exactly the same bytes are refused as before.
//
// Why each rule holds: the encoder (encodeCanonical) writes an integer or length in the
// fewest bytes, sorts map keys by their encoded bytes (length first), writes whole numbers
// as integers and strings as UTF-8. A value read under these rules therefore encodes to
// exactly the bytes it was read from.

import { sharedKeyAt } from './keyText.ts';

/** The answer when the bytes are not provably canonical by the rules above. */
export const unproven: unique symbol = Symbol('unproven');

/** How deep arrays and maps may nest here; deeper input is left to the full decoder. */
const maxDepth = 64;
/** A fatal decoder keeps a leading byte-order mark (ignoreBOM), refuses what is not UTF-8. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

class Unproven extends Error {}

/** Map keys remembered by knownKey: up to this long, in this many slots. */
const maxKnownKey = 24;
const keySlots = 256;
const knownKeys: (string | undefined)[] = new Array(keySlots);

/** The value of canonical DAG-CBOR bytes, or `unproven` (then decode them the full way). */
export function decodeProvenCanonical(bytes: Uint8Array): unknown {
  const reader = new CanonicalReader(bytes);
  try {
    const value = reader.value(0);
    return reader.at === bytes.length ? value : unproven;
  } catch (error) {
    if (error instanceof Unproven || error instanceof TypeError || error instanceof RangeError) return unproven;
    throw error;
  }
}

class CanonicalReader {
  at = 0;
  private readonly bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  value(depth: number): unknown {
    const first = this.byte();
    const major = first >> 5;
    const info = first & 31;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22) return null;
      throw new Unproven(); // undefined, simple values, floats
    }
    const n = this.argument(info);
    switch (major) {
      case 0:
        return n;
      case 1:
        // -1 - n, kept within the safe integers (the full decoder gives a BigInt beyond).
        if (n >= Number.MAX_SAFE_INTEGER) throw new Unproven();
        return -1 - n;
      case 2: {
        if (n > this.bytes.length - this.at) throw new Unproven();
        this.at += n;
        // A public key seen before is its one shared copy (keyText.ts); anything else a copy
        // of its own, made in one step (no view first).
        return (n === 32 && sharedKeyAt(this.bytes, this.at - n)) || this.bytes.slice(this.at - n, this.at);
      }
      case 3:
        return this.text(this.take(n));
      case 4: {
        if (depth >= maxDepth || n > this.bytes.length - this.at) throw new Unproven();
        const list: unknown[] = new Array(n);
        for (let i = 0; i < n; i++) list[i] = this.value(depth + 1);
        return list;
      }
      case 5:
        return this.map(n, depth);
      default:
        throw new Unproven(); // tags (a CID, tag 42, among them)
    }
  }

  /** A map's keys are text, each one's encoding after the one before it: shorter first, then bytewise. */
  private map(count: number, depth: number): Record<string, unknown> {
    if (depth >= maxDepth || count > this.bytes.length - this.at) throw new Unproven();
    const out: Record<string, unknown> = {};
    let previousStart = -1;
    let previousEnd = -1;
    for (let i = 0; i < count; i++) {
      const keyStart = this.at;
      const first = this.byte();
      if (first >> 5 !== 3) throw new Unproven();
      const keyLength = this.argument(first & 31);
      const key = this.knownKey(keyLength) ?? this.text(this.take(keyLength));
      if (previousStart >= 0 && !this.encodedAfter(previousStart, previousEnd, keyStart, this.at)) throw new Unproven();
      previousStart = keyStart;
      previousEnd = this.at;
      // An object's own __proto__ would set its prototype: the full decoder judges that.
      if (key === '__proto__') throw new Unproven();
      out[key] = this.value(depth + 1);
    }
    return out;
  }

  /**
   * A map key read before, when the next `length` bytes spell it (then read past them): the
   * keys of entries are a few dozen field names, read in every entry, so each is made once
   * instead of a view and a string per map. Only short ASCII keys are remembered.
   */
  private knownKey(length: number): string | undefined {
    const at = this.at;
    if (length === 0 || length > maxKnownKey || length > this.bytes.length - at) return undefined;
    const slot =
      (length * 31 + (this.bytes[at] as number) * 7 + (this.bytes[at + length - 1] as number)) & (keySlots - 1);
    const known = knownKeys[slot];
    if (known !== undefined && known.length === length) {
      let same = true;
      for (let i = 0; i < length; i++) {
        if (known.charCodeAt(i) !== this.bytes[at + i]) {
          same = false;
          break;
        }
      }
      if (same) {
        this.at += length;
        return known;
      }
    }
    const bytes = this.bytes.subarray(at, at + length);
    for (let i = 0; i < length; i++) if ((bytes[i] as number) >= 0x80) return undefined;
    const key = String.fromCharCode.apply(null, bytes as unknown as number[]);
    knownKeys[slot] = key;
    this.at += length;
    return key;
  }

  /** Whether the bytes [start, end) sort strictly after [previousStart, previousEnd). */
  private encodedAfter(previousStart: number, previousEnd: number, start: number, end: number): boolean {
    const length = end - start;
    const previousLength = previousEnd - previousStart;
    if (length !== previousLength) return length > previousLength;
    for (let i = 0; i < length; i++) {
      const a = this.bytes[previousStart + i] as number;
      const b = this.bytes[start + i] as number;
      if (a !== b) return b > a;
    }
    return false; // the same key twice
  }

  /** An integer or length in its shortest form: below 24 in the first byte, else the fewest bytes after it. */
  private argument(info: number): number {
    if (info < 24) return info;
    if (info === 24) {
      const n = this.byte();
      if (n < 24) throw new Unproven();
      return n;
    }
    if (info === 25) {
      const n = this.byte() * 0x100 + this.byte();
      if (n < 0x100) throw new Unproven();
      return n;
    }
    if (info === 26) {
      const n = this.uint32();
      if (n < 0x10000) throw new Unproven();
      return n;
    }
    if (info === 27) {
      const high = this.uint32();
      const low = this.uint32();
      // Above 2^53 - 1 the full decoder gives a BigInt: not ours to judge.
      if (high === 0 || high >= 0x200000) throw new Unproven();
      return high * 0x100000000 + low;
    }
    throw new Unproven(); // reserved, or an indefinite length
  }

  private uint32(): number {
    return ((this.byte() << 24) >>> 0) + (this.byte() << 16) + (this.byte() << 8) + this.byte();
  }

  private byte(): number {
    if (this.at >= this.bytes.length) throw new Unproven();
    return this.bytes[this.at++] as number;
  }

  private take(length: number): Uint8Array {
    if (length > this.bytes.length - this.at) throw new Unproven();
    const part = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return part;
  }

  /**
   * UTF-8 text. A leading byte-order mark is left to the full decoder: it drops one (and
   * the re-encoding then differs), where this reader would keep it.
   */
  private text(bytes: Uint8Array): string {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) throw new Unproven();
    let ascii = true;
    for (let i = 0; i < bytes.length; i++) {
      if ((bytes[i] as number) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii && bytes.length <= 4096) return String.fromCharCode.apply(null, bytes as unknown as number[]);
    return utf8.decode(bytes);
  }
}

/**
 * Whether two values read from or made for DAG-CBOR are the same value, so that they encode
 * to the same bytes: the same primitives, byte strings with the same bytes, arrays and
 * plain records with the same items and own keys.
 */
export function sameDagValue(a: unknown, b: unknown): boolean {
  // 0 and -0 are one value here: the encoder writes both as the integer 0.
  if (a === b) return true;
  if (a instanceof Uint8Array) {
    if (!(b instanceof Uint8Array) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameDagValue(a[i], b[i])) return false;
    return true;
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (b instanceof Uint8Array || Array.isArray(b)) return false;
  if (!isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key)) return false;
    if (!sameDagValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
