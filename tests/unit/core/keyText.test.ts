// keyText remembers the texts of public keys: it must always give exactly toBase64Url's text,
// for keys seen before, keys that share a slot, other lengths, and bytes changed after a call.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../src/core/encoding/base64url.ts';
import { keyText } from '../../../src/core/encoding/keyText.ts';

describe('keyText', () => {
  it("gives toBase64Url's text for any sequence of keys, repeated or sharing a slot", () => {
    // Few first bytes: many keys share a slot and push each other out.
    const key = fc
      .tuple(fc.constantFrom(0, 1, 255), fc.constantFrom(7, 8), fc.uint8Array({ minLength: 30, maxLength: 30 }))
      .map(([a, b, rest]) => Uint8Array.of(a, b, ...rest));
    const anyBytes = fc.oneof(key, fc.uint8Array({ maxLength: 40 }));
    fc.assert(
      fc.property(fc.array(anyBytes, { maxLength: 40 }), fc.array(fc.nat(39), { maxLength: 40 }), (keys, again) => {
        for (const bytes of keys) expect(keyText(bytes)).toBe(toBase64Url(bytes));
        for (const i of again) {
          const bytes = keys[i % Math.max(keys.length, 1)];
          if (bytes) expect(keyText(bytes)).toBe(toBase64Url(bytes));
        }
      }),
    );
  });

  it('is not fooled by bytes changed after they were seen', () => {
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    const before = keyText(bytes);
    bytes[31] = (bytes[31] as number) ^ 1;
    expect(keyText(bytes)).toBe(toBase64Url(bytes));
    expect(keyText(bytes)).not.toBe(before);
  });
});
