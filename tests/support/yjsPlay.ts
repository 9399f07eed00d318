// Docs edited by three clients with every kind of Yjs content, now and then syncing: for
// property tests of code that reads or writes Yjs's update format (updatePieces, hollowDoc).
import fc from 'fast-check';
import * as Y from 'yjs';

export type Step =
  | { kind: 'set'; client: number; key: string; bytes: number }
  | { kind: 'any'; client: number; key: string; value: unknown }
  | { kind: 'push'; client: number; text: string }
  | { kind: 'insertText'; client: number; at: number; text: string }
  | { kind: 'format'; client: number; at: number }
  | { kind: 'delete'; client: number; at: number; length: number }
  | { kind: 'sub'; client: number; key: string }
  | { kind: 'xml'; client: number; name: string }
  | { kind: 'sync' };

const client = fc.integer({ min: 0, max: 2 });
const key = fc.constantFrom('a', 'b', 'c', 'd', 'ë', '0');
/**
 * Any JSON value Yjs can carry: not an object with a key "__proto__" (lib0 reads an object's
 * keys by assignment, so that key becomes the prototype: seed 2101831107 of updatePieces.test.ts).
 * Buurtruil's docs hold bytes only; a value of another kind is refused where it is read.
 */
const anyValue = fc.jsonValue({ maxDepth: 2 }).filter((value) => !JSON.stringify(value).includes('"__proto__"'));
export const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), client, key, bytes: fc.integer({ min: 0, max: 300 }) }),
  fc.record({ kind: fc.constant('any' as const), client, key, value: anyValue }),
  fc.record({ kind: fc.constant('push' as const), client, text: fc.string({ maxLength: 6 }) }),
  fc.record({
    kind: fc.constant('insertText' as const),
    client,
    at: fc.nat(40),
    text: fc.string({ minLength: 1, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('format' as const), client, at: fc.nat(40) }),
  fc.record({ kind: fc.constant('delete' as const), client, at: fc.nat(40), length: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('sub' as const), client, key }),
  fc.record({ kind: fc.constant('xml' as const), client, name: fc.constantFrom('p', 'h1') }),
  fc.constant({ kind: 'sync' as const }),
);

/** Three clients editing and now and then syncing: the structs of several clients, with origins across them. */
export function play(steps: Step[]): Y.Doc[] {
  const docs = [0, 1, 2].map((i) => {
    const doc = new Y.Doc();
    doc.clientID = 1000 + i;
    return doc;
  });
  for (const s of steps) {
    if (s.kind === 'sync') {
      for (const a of docs) for (const b of docs) if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
      continue;
    }
    edit(docs[s.client] as Y.Doc, s);
  }
  return docs;
}

/** One client's edit (any step but a sync) made on `doc`. */
export function edit(doc: Y.Doc, s: Exclude<Step, { kind: 'sync' }>): void {
  const text = doc.getText('text');
  switch (s.kind) {
    case 'set':
      doc.getMap('entries').set(s.key, new Uint8Array(s.bytes).fill(s.bytes % 251));
      break;
    case 'any':
      doc.getMap('values').set(s.key, s.value as never);
      break;
    case 'push':
      doc.getArray('list').push([s.text, s.text.length]);
      break;
    case 'insertText':
      text.insert(Math.min(s.at, text.length), s.text);
      break;
    case 'format':
      if (text.length) text.format(Math.min(s.at, text.length - 1), 1, { bold: true });
      else text.insertEmbed(0, { image: 'x' });
      break;
    case 'delete':
      if (text.length)
        text.delete(Math.min(s.at, text.length - 1), Math.min(s.length, text.length - Math.min(s.at, text.length - 1)));
      else doc.getArray('list').length && doc.getArray('list').delete(0, 1);
      break;
    case 'sub':
      doc.getMap('docs').set(s.key, new Y.Doc());
      break;
    case 'xml':
      doc.getXmlFragment('xml').push([new Y.XmlElement(s.name)]);
      break;
  }
}
