// Equal author keys share one copy once read (src/core/entry/sharedKeys.ts): the heap of a
// year holds a few hundred keys, not one per entry; a flood of made-up keys fills a bounded table.
import { describe, expect, it } from 'vitest';
import { readEntry } from '../../../src/core/entry/readEntry.ts';
import { sharedKey } from '../../../src/core/entry/sharedKeys.ts';
import { TestNetwork } from './TestNetwork.ts';

describe('shared keys', () => {
  it('gives the entries of one author one copy of its key, equal to what each entry says', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    for (let i = 0; i < 5; i++) network.post(anna, { title: `Hulp ${i}`, kind: 'offer' });
    const authors = [];
    for (const [id, bytes] of network.records()) {
      const result = await readEntry(network.net, id, bytes);
      if (!result.ok) throw new Error(result.detail);
      if (result.entry.seq > 1 && result.entry.type === 'post') authors.push(result.entry.author);
    }
    expect(authors.length).toBe(5);
    for (const author of authors) expect(author).toBe(authors[0]);
  });

  it('returns equal bytes as they are asked for, and a key unlike any as itself', () => {
    const key = crypto.getRandomValues(new Uint8Array(32));
    const same = sharedKey(key.slice());
    expect(sharedKey(key.slice())).toBe(same);
    expect(same).toEqual(key);
    const other = key.slice();
    other[31] = (other[31] as number) ^ 1;
    expect(sharedKey(other)).toBe(other);
  });

  it('stops sharing once the table is full, and still answers', () => {
    for (let i = 0; i < 10_000; i++) sharedKey(crypto.getRandomValues(new Uint8Array(32)));
    const late = crypto.getRandomValues(new Uint8Array(32));
    expect(sharedKey(late)).toBe(late);
    expect(sharedKey(late.slice())).not.toBe(late);
    expect(sharedKey(late.slice())).toEqual(late);
  });
});
