// The doc written hollow in steps (src/sync/hollowDoc.ts `hollowUpdateInSteps`): with nothing
// changing in between, it is byte for byte the update written in one go (Yjs's own
// `encodeStateAsUpdate`, the kept values emptied); with the doc changing between the steps,
// what it wrote and the updates of the changes make the same doc again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyKept, type DocContents, hollowUpdate, hollowUpdateInSteps } from '../../../src/sync/hollowDoc.ts';
import { edit, play, type Step, step } from '../../support/yjsPlay.ts';

const mapName = 'entries';

/** A copy holding the doc's current non-empty entries (or none). */
function copyOf(doc: Y.Doc, holds: boolean): DocContents {
  const copy = new Map<string, Uint8Array>();
  if (holds)
    for (const [key, value] of doc.getMap<Uint8Array>(mapName).entries()) if (value.length) copy.set(key, value);
  return { mapName, bytesOf: (key) => copy.get(key), keptElsewhere: (key) => copy.has(key) };
}

/** What hollowUpdate wrote before it was written in steps: every kept value emptied, then Yjs's encoding. */
function inOneGo(doc: Y.Doc, contents: DocContents): Uint8Array {
  const emptied: [Y.ContentBinary, Uint8Array][] = [];
  for (const [key, item] of doc.getMap(mapName)._map) {
    const content = item.content;
    if (item.deleted || !(content instanceof Y.ContentBinary) || !contents.keptElsewhere(key)) continue;
    if (!content.content.length) continue;
    emptied.push([content, content.content]);
    content.content = new Uint8Array(0);
  }
  try {
    return Y.encodeStateAsUpdate(doc);
  } finally {
    for (const [content, bytes] of emptied) content.content = bytes;
  }
}

function sameDoc(a: Y.Doc, b: Y.Doc): void {
  expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
  expect(a.store.pendingStructs).toBeNull();
  expect(a.getText('text').toDelta()).toEqual(b.getText('text').toDelta());
  for (const name of [mapName, 'values']) expect(a.getMap(name).toJSON()).toEqual(b.getMap(name).toJSON());
  expect(a.getArray('list').toJSON()).toEqual(b.getArray('list').toJSON());
  expect(Y.encodeStateAsUpdate(a)).toEqual(Y.encodeStateAsUpdate(b));
}

const edits = fc.array(step, { maxLength: 12 });

describe('a doc written hollow in steps', () => {
  it('is, with nothing changing in between, the bytes written in one go', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { maxLength: 60 }),
        fc.integer({ min: 0, max: 2 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 20 }),
        async (steps, which, holds, perStep) => {
          const doc = play(steps)[which] as Y.Doc;
          const contents = copyOf(doc, holds);
          const expected = inOneGo(doc, contents);
          expect(hollowUpdate(doc, contents)).toEqual(expected);
          expect(await hollowUpdateInSteps(doc, contents, async () => {}, perStep)).toEqual(expected);
          if (!holds) expect(expected).toEqual(Y.encodeStateAsUpdate(doc));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('with changes between the steps, makes the same doc again together with the changes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { maxLength: 60 }),
        fc.array(edits, { maxLength: 8 }),
        fc.integer({ min: 1, max: 6 }),
        async (steps, between, perStep) => {
          const [doc, other] = play(steps) as [Y.Doc, Y.Doc];
          const contents = copyOf(doc, true);
          const meanwhile: Uint8Array[] = [];
          doc.on('update', (update: Uint8Array) => meanwhile.push(update));
          let turn = 0;
          const written = await hollowUpdateInSteps(
            doc,
            contents,
            async () => {
              for (const s of between[turn++] ?? []) {
                if (s.kind === 'sync') Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
                else edit(s.client === 1 ? other : doc, s as Exclude<Step, { kind: 'sync' }>);
              }
            },
            perStep,
          );
          // As storage reads them: the changes kept meanwhile come before the update written for them all.
          const again = new Y.Doc();
          applyKept(again, [...meanwhile, written], copyOf(doc, true), null);
          sameDoc(again, doc);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the page its turns on a big doc, and no one sees a value empty', async () => {
    const doc = new Y.Doc();
    const map = doc.getMap<Uint8Array>(mapName);
    for (let i = 0; i < 3000; i++) map.set(`entry-${i}`, new Uint8Array(200).fill(i % 256));
    for (let i = 0; i < 3000; i += 7) map.delete(`entry-${i}`);
    const contents = copyOf(doc, true);
    let turns = 0;
    const written = await hollowUpdateInSteps(doc, contents, async () => {
      turns++;
      for (const value of map.values()) expect(value.length).toBe(200);
    });
    expect(turns).toBeGreaterThan(5);
    expect(written.length).toBeLessThan(Y.encodeStateAsUpdate(doc).length / 5);
    const again = new Y.Doc();
    expect(applyKept(again, [written], contents, null).unfilled).toEqual([]);
    sameDoc(again, doc);
  });
});
