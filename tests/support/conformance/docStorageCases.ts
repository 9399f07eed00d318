// What every DocStorage must do (src/sync/DocStorage.ts): keep a doc's changes under its
// name and give them back to a doc opened again, keep names apart, stop keeping on close.
import * as Y from 'yjs';
import type { DocStorage } from '../../../src/sync/DocStorage.ts';
import { type ConformanceCase, check, eventually } from './conformanceCase.ts';

export interface DocStorageDriver {
  storage: DocStorage;
  /** A name no other case uses. */
  freshName(): string;
}

/** Opens `name` in a new doc, waits until it is loaded, and gives the doc's "kept" map. */
async function reopen(storage: DocStorage, name: string): Promise<{ doc: Y.Doc; close(): void }> {
  const doc = new Y.Doc();
  const kept = storage.keep(name, doc);
  await kept.loaded;
  return { doc, close: () => kept.close() };
}

/** What a reopened doc holds under `key`, asked again until it is there (storage may write later). */
async function keptValue(storage: DocStorage, name: string, key: string): Promise<unknown> {
  return eventually(
    async () => {
      const { doc, close } = await reopen(storage, name);
      const value = doc.getMap('kept').get(key);
      close();
      doc.destroy();
      return value;
    },
    (value) => value !== undefined,
    `"${key}" kept under ${name}`,
  );
}

export const docStorageCases: ConformanceCase<DocStorageDriver>[] = [
  {
    name: 'a doc forgotten is opened again empty, and names beside it keep theirs',
    async run({ storage, freshName }) {
      const [name, beside] = [freshName(), freshName()];
      for (const each of [name, beside]) {
        const opened = await reopen(storage, each);
        opened.doc.getMap('kept').set('a', each);
        check((await keptValue(storage, each, 'a')) === each, 'kept first');
        opened.close();
      }
      await storage.forget(name);
      const again = await reopen(storage, name);
      check(again.doc.getMap('kept').size === 0, 'nothing comes back under the name forgotten');
      again.close();
      check((await keptValue(storage, beside, 'a')) === beside, 'the doc beside it keeps its own');
    },
  },
  {
    name: 'a doc opened again gets back what was written',
    async run({ storage, freshName }) {
      const name = freshName();
      const first = await reopen(storage, name);
      first.doc.getMap('kept').set('a', 'eerste');
      first.doc.getMap('kept').set('b', new Uint8Array([1, 2, 3]));
      check((await keptValue(storage, name, 'a')) === 'eerste', 'the text came back');
      const bytes = await keptValue(storage, name, 'b');
      check(bytes instanceof Uint8Array && bytes.join() === '1,2,3', 'the bytes came back as bytes');
      first.close();
    },
  },
  {
    name: 'an empty name loads at once, with nothing in it',
    async run({ storage, freshName }) {
      const { doc, close } = await reopen(storage, freshName());
      check(doc.getMap('kept').size === 0, 'nothing kept under a new name');
      close();
    },
  },
  {
    name: 'names are kept apart',
    async run({ storage, freshName }) {
      const one = freshName();
      const other = freshName();
      const a = await reopen(storage, one);
      a.doc.getMap('kept').set('only', 'here');
      await keptValue(storage, one, 'only');
      const b = await reopen(storage, other);
      check(b.doc.getMap('kept').get('only') === undefined, 'another name does not see it');
      a.close();
      b.close();
    },
  },
  {
    name: 'changes from two visits add up',
    async run({ storage, freshName }) {
      const name = freshName();
      const first = await reopen(storage, name);
      first.doc.getMap('kept').set('one', 1);
      await keptValue(storage, name, 'one');
      first.close();
      const second = await reopen(storage, name);
      check(second.doc.getMap('kept').get('one') === 1, 'the first visit is there');
      second.doc.getMap('kept').set('two', 2);
      await keptValue(storage, name, 'two');
      second.close();
      const third = await reopen(storage, name);
      check(third.doc.getMap('kept').get('one') === 1 && third.doc.getMap('kept').get('two') === 2, 'both visits');
      third.close();
    },
  },
  {
    name: 'after close, changes are no longer kept',
    async run({ storage, freshName }) {
      const name = freshName();
      const first = await reopen(storage, name);
      first.doc.getMap('kept').set('before', true);
      await keptValue(storage, name, 'before');
      first.close();
      first.doc.getMap('kept').set('after', true);
      // A marker written through a second visit shows that storage has caught up.
      const second = await reopen(storage, name);
      second.doc.getMap('kept').set('marker', true);
      await keptValue(storage, name, 'marker');
      second.close();
      const third = await reopen(storage, name);
      check(third.doc.getMap('kept').get('after') === undefined, 'a change after close is not kept');
      third.close();
    },
  },
];
