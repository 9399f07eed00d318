// The doc at rest without the bytes kept elsewhere (src/sync/hollowDoc.ts): it is the same
// doc once filled again, it leaves out only bytes the copy holds as they are, and a value
// without its bytes is said, never made up.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyKept, type DocContents, hollowUpdate } from '../../../src/sync/hollowDoc.ts';

const mapName = 'entries';

function docWith(values: [string, Uint8Array][]): Y.Doc {
  const doc = new Y.Doc();
  const map = doc.getMap<Uint8Array>(mapName);
  doc.transact(() => {
    for (const [key, bytes] of values) map.set(key, bytes);
  });
  return doc;
}

function copyOf(values: [string, Uint8Array][]): DocContents {
  const copy = new Map(values);
  return { mapName, bytesOf: (key) => copy.get(key), keptElsewhere: (key) => copy.has(key) };
}

const values = (count: number, size = 500): [string, Uint8Array][] =>
  Array.from({ length: count }, (_, i) => [`entry-${i}`, crypto.getRandomValues(new Uint8Array(size))]);

describe('a hollow doc', () => {
  it('leaves out the bytes the copy holds, and filled again it is the same doc', () => {
    const all = values(40);
    const doc = docWith(all);
    const whole = Y.encodeStateAsUpdate(doc);
    const hollow = hollowUpdate(doc, copyOf(all));
    expect(hollow.length).toBeLessThan(whole.length / 10);
    // Encoding hollow does not touch the doc itself.
    expect(Y.encodeStateAsUpdate(doc)).toEqual(whole);

    const again = new Y.Doc();
    const read = applyKept(again, [hollow], copyOf(all), null);
    expect(read).toEqual({ unfilled: [], whole: new Map() });
    expect(Y.encodeStateAsUpdate(again)).toEqual(whole);
  });

  it('keeps whole what the copy does not hold, or holds otherwise (a value a peer changed)', () => {
    const all = values(10);
    const doc = docWith(all);
    const [first, second] = all as [[string, Uint8Array], [string, Uint8Array]];
    const copy = copyOf([[first[0], new Uint8Array(500)], ...all.slice(2)]);
    const again = new Y.Doc();
    const read = applyKept(again, [hollowUpdate(doc, copy)], copy, null);
    expect(read.whole).toEqual(new Map([first, second].map(([key]) => [key, 500])));
    const map = again.getMap<Uint8Array>(mapName);
    expect(map.get(first[0])).toEqual(first[1]);
    expect(map.get(second[0])).toEqual(second[1]);
  });

  it('says which values it cannot fill, and leaves them empty', () => {
    const all = values(3);
    const doc = docWith(all);
    const hollow = hollowUpdate(doc, copyOf(all));
    const again = new Y.Doc();
    const read = applyKept(again, [hollow], copyOf(all.slice(1)), null);
    expect(read.unfilled).toEqual([all[0]?.[0]]);
    expect(again.getMap<Uint8Array>(mapName).get(all[0]?.[0] ?? '')).toEqual(new Uint8Array(0));
  });

  it('is filled before any observer of the doc sees a value', () => {
    const all = values(5);
    const doc = docWith(all);
    const again = new Y.Doc();
    const seen: number[] = [];
    again.getMap<Uint8Array>(mapName).observe((event) => {
      for (const key of event.keysChanged) seen.push(again.getMap<Uint8Array>(mapName).get(key)?.length ?? -1);
    });
    applyKept(again, [hollowUpdate(doc, copyOf(all))], copyOf(all), null);
    expect(seen).toEqual([500, 500, 500, 500, 500]);
  });
});
