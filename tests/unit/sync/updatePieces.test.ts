// A doc's update cut into pieces (src/sync/updatePieces.ts): applied one after the other, the
// pieces make exactly the doc the whole update makes, whatever the doc holds (maps, arrays,
// text, deletions, several clients, every kind of content) and wherever the cuts fall.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updatePieces } from '../../../src/sync/updatePieces.ts';
import { play, step } from '../../support/yjsPlay.ts';

function applyInPieces(update: Uint8Array, maxBytes: number, maxStructs: number): Y.Doc {
  const doc = new Y.Doc();
  for (const piece of updatePieces(update, { maxBytes, maxStructs })) Y.applyUpdate(doc, piece);
  return doc;
}

describe('an update cut into pieces', () => {
  it('applied piece by piece makes the same doc as the whole update', () => {
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 60 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 12 }),
        (steps, which, maxBytes, maxStructs) => {
          const source = play(steps)[which] as Y.Doc;
          const whole = Y.encodeStateAsUpdate(source);
          const pieces = [...updatePieces(whole, { maxBytes, maxStructs })];
          expect(pieces.length === 1 || pieces.every((p) => p !== whole)).toBe(true);
          const rebuilt = applyInPieces(whole, maxBytes, maxStructs);
          expect(Y.encodeStateAsUpdate(rebuilt)).toEqual(Y.encodeStateAsUpdate(applyInPieces(whole, 1e9, 1e9)));
          expect(Y.encodeStateVector(rebuilt)).toEqual(Y.encodeStateVector(source));
          expect(rebuilt.store.pendingStructs).toBeNull();
          expect(rebuilt.getText('text').toDelta()).toEqual(source.getText('text').toDelta());
          expect(rebuilt.getMap('entries').toJSON()).toEqual(source.getMap('entries').toJSON());
          expect(rebuilt.getMap('values').toJSON()).toEqual(source.getMap('values').toJSON());
          expect(rebuilt.getArray('list').toJSON()).toEqual(source.getArray('list').toJSON());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('cuts a big doc of entries into pieces within the limits, the delete set in the last', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<Uint8Array>('entries');
    for (let i = 0; i < 3000; i++) map.set(`entry-${i}`, new Uint8Array(200).fill(i % 256));
    for (let i = 0; i < 3000; i += 7) map.delete(`entry-${i}`);
    const whole = Y.encodeStateAsUpdate(doc);
    const pieces = [...updatePieces(whole, { maxBytes: 64 * 1024, maxStructs: 1024 })];
    expect(pieces.length).toBeGreaterThan(5);
    for (const piece of pieces) expect(piece.length).toBeLessThan(64 * 1024 + 1024);
    const rebuilt = new Y.Doc();
    for (const piece of pieces) Y.applyUpdate(rebuilt, piece);
    expect(Y.encodeStateAsUpdate(rebuilt)).toEqual(whole);
    expect(rebuilt.getMap('entries').size).toBe(3000 - Math.ceil(3000 / 7));
  });

  it('returns a small update, or one it cannot read, whole', () => {
    const doc = new Y.Doc();
    doc.getMap('entries').set('a', new Uint8Array(10));
    const small = Y.encodeStateAsUpdate(doc);
    expect([...updatePieces(small)]).toEqual([small]);
    const garbage = new Uint8Array(300_000).fill(0xff);
    const pieces = [...updatePieces(garbage)];
    expect(pieces).toHaveLength(1);
    expect(pieces[0]).toBe(garbage);
  });
});
