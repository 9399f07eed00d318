// The chains sort each level by id text, comparing a number made of the texts' first
// characters first (idTextOrder.ts). Whatever the texts — ids, prefixes of each other,
// codes of 127 and over, NUL — the order must be exactly the texts' own (`<`): two devices
// must chain the same entries in the same order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byIdTextAt } from '../../../../src/core/state/idTextOrder.ts';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Texts that share beginnings, with the characters where a lead could go wrong. */
const text = fc.string({
  unit: fc.constantFrom('A', 'B', 'z', '-', '_', '0', '\u0000', '\u007e', '\u007f', '\u0080', 'é', '\uffff'),
  maxLength: 10,
});
const idText = fc.uint8Array({ minLength: 20, maxLength: 20 }).map((bytes) => Buffer.from(bytes).toString('base64url'));

describe('sorting by id text with a leading number', () => {
  it('orders any texts exactly as their own comparison does', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(text, idText), { maxLength: 60 }), (texts) => {
        const items = texts.map((idText) => ({ idText }));
        const places = items.map((_, i) => i).sort(byIdTextAt(items));
        expect(places.map((i) => texts[i])).toEqual([...texts].sort(byText));
      }),
      { numRuns: 2000 },
    );
  });
});
