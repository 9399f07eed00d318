import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, isBase64UrlOf, toBase64Url } from '../../../src/core/encoding/base64url.ts';

describe('base64url', () => {
  it('matches the RFC 4648 test vectors (unpadded, url alphabet)', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg'],
      ['fo', 'Zm8'],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg'],
      ['fooba', 'Zm9vYmE'],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(toBase64Url(new TextEncoder().encode(plain))).toBe(encoded);
    }
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  });

  it('says a text is the coding of some bytes exactly when toBase64Url gives that text', () => {
    const texts = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.uint8Array({ maxLength: 22 }).map(toBase64Url),
      // The coding of the bytes with one character changed, added or dropped.
      fc
        .tuple(fc.uint8Array({ maxLength: 22 }), fc.nat(), fc.constantFrom('A', '_', '-', 'z', '=', '€'), fc.nat(2))
        .map(([bytes, at, char, how]) => {
          const text = toBase64Url(bytes);
          const i = text.length === 0 ? 0 : at % text.length;
          return text.slice(0, i) + (how === 2 ? '' : char) + text.slice(how === 0 ? i + 1 : i);
        }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 22 }), texts, (bytes, other) => {
        expect(isBase64UrlOf(toBase64Url(bytes), bytes)).toBe(true);
        expect(isBase64UrlOf(other, bytes)).toBe(other === toBase64Url(bytes));
      }),
    );
    // The pairs above rarely meet by chance: each text against the bytes it came from, changed.
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 22 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (bytes, at, flip) => {
          const changed = bytes.slice();
          const i = at % bytes.length;
          changed[i] = (changed[i] as number) ^ flip;
          expect(isBase64UrlOf(toBase64Url(bytes), changed)).toBe(false);
        },
      ),
    );
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });

  it('gives exactly what the plain character-by-character coding gives, both ways', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(toBase64Url(bytes)).toBe(plainEncode(bytes));
      }),
    );
    const texts = fc.oneof(
      fc.string({ unit: fc.constantFrom(...plainAlphabet), maxLength: 80 }),
      fc.string({ unit: fc.constantFrom(...plainAlphabet, '=', '+', '/', ' ', 'é', '\u{1F989}'), maxLength: 80 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        expect(fromBase64Url(text)).toEqual(plainDecode(text));
      }),
      { numRuns: 2000 },
    );
    // Longer than one String.fromCharCode call takes at once.
    const long = fc.sample(fc.uint8Array({ minLength: 20_000, maxLength: 20_000 }), 1)[0] as Uint8Array;
    expect(toBase64Url(long)).toBe(plainEncode(long));
  });

  it('refuses foreign characters, padding, impossible lengths and non-canonical tails', () => {
    for (const bad of ['Zm9v=', 'Zm+v', 'Zm/v', 'Z', 'Zm9vY', 'Zh', 'a b']) {
      expect(fromBase64Url(bad)).toBeNull();
    }
  });
});

// The first implementation, kept as the reference the fast one must equal.
const plainAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function plainEncode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j++) out += plainAlphabet[(n >> (18 - 6 * j)) & 63];
  }
  return out;
}

function plainDecode(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of text) {
    const digit = plainAlphabet.indexOf(char);
    if (digit < 0 || char.length !== 1) return null;
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (value >> bits) & 0xff;
    }
  }
  if ((value & ((1 << bits) - 1)) !== 0) return null;
  return out;
}
