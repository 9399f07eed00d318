// keyText remembers the texts of public keys: it must always give exactly toBase64Url's text,
// for keys seen before, keys that share a slot, other lengths, and bytes changed after a call;
// sharedKey gives the entries that name one key one copy of it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../src/core/encoding/base64url.ts';
import { keyText, sharedKey } from '../../../src/core/encoding/keyText.ts';
import type { Entry } from '../../../src/core/entry/Entry.ts';
import { Ledger } from '../../../src/core/Ledger.ts';
import { TestNetwork } from './TestNetwork.ts';

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

describe('sharedKey', () => {
  it('hands out one copy per key, with its bytes, that nothing done to it can give a key a wrong text', () => {
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    const first = sharedKey(bytes.slice());
    expect(first).toEqual(bytes);
    expect(first).not.toBe(bytes);
    expect(sharedKey(bytes.slice())).toBe(first);
    // A careless holder changes the shared copy: the table still knows the key's text.
    first[0] = (first[0] as number) ^ 1;
    expect(keyText(bytes)).toBe(toBase64Url(bytes));
    expect(keyText(first)).toBe(toBase64Url(first));
    expect(sharedKey(new Uint8Array(20))).toEqual(new Uint8Array(20));
  });

  it('gives every entry of one author, and every payment to one member, the same key object', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const ledger = new Ledger(network.netId, { now: () => network.clock });
    network.transfer(anna, bram, 30);
    network.transfer(anna, bram, 45);
    await ledger.add(network.records());
    const payments = [...ledger.entries()].filter((item) => item.entry.type === 'transfer');
    expect(payments).toHaveLength(2);
    const [one, two] = payments.map((item) => item.entry as Entry<'transfer'>);
    expect(one?.author).toBe(two?.author);
    expect(one?.body.to).toBe(two?.body.to);
    expect(one?.author).toEqual(anna.signing.publicKey);
    expect(ledger.rejections().size).toBe(0);
  });
});
