// What the proving reader hands out stays what was read: byte strings are copies of their
// own (or a public key's one shared copy, keyText.ts), never views of the bytes read, so
// changing those bytes afterwards changes no value read (a caller's buffer may be reused).
// Map keys read many times are made once (knownKey) and are always the key the bytes spell.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeCanonical } from '../../../src/core/encoding/canonical.ts';
import { sharedKey } from '../../../src/core/encoding/keyText.ts';
import { decodeProvenCanonical } from '../../../src/core/encoding/provenCanonical.ts';

describe('bytes and keys the proving reader hands out', () => {
  it('are not changed by changing the bytes they were read from', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ minLength: 0, maxLength: 40 }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        (values, at) => {
          const bytes = encodeCanonical({ a: values, bb: values[0] });
          const read = decodeProvenCanonical(bytes) as { a: Uint8Array[]; bb: Uint8Array };
          const before = structuredClone(read);
          const i = at % bytes.length;
          bytes[i] = (bytes[i] as number) ^ 0xff;
          expect(read).toEqual(before);
          expect(read.a).toEqual(values);
        },
      ),
    );
  });

  it('give a public key seen before as its one shared copy, and any other 32 bytes as a copy', () => {
    const key = sharedKey(Uint8Array.from({ length: 32 }, (_, i) => 200 - i));
    const other = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
    const bytes = encodeCanonical({ k: key.slice(), o: other });
    const read = decodeProvenCanonical(bytes) as { k: Uint8Array; o: Uint8Array };
    expect(read.k).toBe(key);
    expect(read.o).toEqual(other);
    expect(read.o.buffer).not.toBe(bytes.buffer);
  });

  it('read every map key as the key its bytes spell, however keys of one length and ends alternate', () => {
    const keys = fc.string({ unit: fc.constantFrom('a', 'b', 'z', 'é', '\u0000', '😀'), minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(fc.array(fc.dictionary(keys, fc.nat(9), { maxKeys: 5 }), { maxLength: 8 }), (records) => {
        for (const record of records) expect(decodeProvenCanonical(encodeCanonical(record))).toEqual(record);
      }),
      { numRuns: 300 },
    );
  });
});
