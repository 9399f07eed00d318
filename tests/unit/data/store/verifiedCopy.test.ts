// The verified copy is read a few dozen parts at a time, the page given turns between: what
// is merged meanwhile comes back under a higher key, so no entry is missed.
import { afterEach, describe, expect, it } from 'vitest';
import { NetworkDatabase } from '../../../../src/data/store/index.ts';
import { keepInCopy, mergeParts, pack, readCopy } from '../../../../src/data/store/verifiedCopy.ts';

const open: NetworkDatabase[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

function entry(n: number) {
  return { id: `entry-${n}`, bytes: new Uint8Array([n % 256, n >> 8]) };
}

describe('reading the verified copy', () => {
  it('reads every part in pieces, and misses nothing merged while it reads', async () => {
    const db = new NetworkDatabase(`test-${crypto.randomUUID()}`);
    open.push(db);
    // 300 parts of one entry each, and one entry this device wrote itself.
    const keys: number[] = [];
    for (let n = 0; n < 300; n++) keys.push((await db.copy.add(pack([entry(n)]))) as number);
    await db.entries.put({ id: 'own', bytes: new Uint8Array([1]), author: 'me', seq: 1 });
    let pauses = 0;
    const { entries, small } = await readCopy(db, async () => {
      // Between two pieces, the first 150 parts are packed into one (under a new, higher key).
      if (pauses++ === 0) await mergeParts(db, keys.slice(0, 150));
    });
    expect(pauses).toBeGreaterThan(1);
    expect([...entries.keys()].sort()).toEqual([...Array.from({ length: 300 }, (_, n) => entry(n).id), 'own'].sort());
    expect(entries.get('entry-7')).toEqual(entry(7).bytes);
    // Packing the small parts it names later (some gone meanwhile) keeps every entry.
    await mergeParts(db, small);
    expect((await readCopy(db)).entries.size).toBe(301);
  });
});

describe('letting go of entries in the verified copy', () => {
  it('keeps exactly what it is told to, every entry this device wrote, and a part written while it reads', async () => {
    const db = new NetworkDatabase(`test-${crypto.randomUUID()}`);
    open.push(db);
    // A full part, then 100 parts of one entry each (read in more than one piece).
    await db.copy.add(pack(Array.from({ length: 256 }, (_, n) => entry(n))));
    for (let n = 1000; n < 1100; n++) await db.copy.add(pack([entry(n)]));
    await db.entries.put({ id: 'own', bytes: new Uint8Array([1]), author: 'me', seq: 1 });
    const keep = (id: string) => Number(id.slice(6)) % 3 === 0;
    let pauses = 0;
    const dropped = await keepInCopy(db, keep, async () => {
      // Between two pieces, a new entry arrives (after the checkpoint: kept).
      if (pauses++ === 0) await db.copy.add(pack([entry(2001)]));
    });
    expect(pauses).toBeGreaterThan(0);
    const { entries } = await readCopy(db);
    const all = [...Array.from({ length: 256 }, (_, n) => n), ...Array.from({ length: 100 }, (_, n) => 1000 + n)];
    const wanted = [...all.filter((n) => n % 3 === 0).map((n) => entry(n).id), 'entry-2001', 'own'];
    expect([...entries.keys()].sort()).toEqual(wanted.sort());
    expect(dropped).toBe(all.filter((n) => n % 3 !== 0).length);
    expect(entries.get('entry-9')).toEqual(entry(9).bytes);
    // Packed anew; done again, nothing more goes.
    expect(await db.copy.count()).toBe(1);
    expect(await keepInCopy(db, keep)).toBe(0);
  });
});
