// The browser's storage for docs: y-indexeddb, one IndexedDB database per doc.
import { IndexeddbPersistence } from 'y-indexeddb';
import type { DocStorage } from './DocStorage.ts';

export const indexeddbDocStorage: DocStorage = {
  keep(name, doc) {
    const persistence = new IndexeddbPersistence(name, doc);
    return {
      loaded: persistence.whenSynced.then(() => undefined),
      close: () => void persistence.destroy(),
    };
  },
};
