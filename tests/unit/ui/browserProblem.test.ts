// The browser check on pretend browsers: each missing piece is named, most likely first.
import { describe, expect, it } from 'vitest';
import { type BrowserScope, browserProblem, storageAccepted } from '../../../src/ui/app/browserProblem.ts';

class FakePeerConnection {}

function capable(): BrowserScope {
  return {
    isSecureContext: true,
    crypto: { subtle: {} },
    indexedDB: globalThis.indexedDB, // fake-indexeddb
    RTCPeerConnection: FakePeerConnection,
  };
}

/** An IndexedDB whose open() answers with an error, as some private windows do. */
function refusingIndexedDB(): Pick<IDBFactory, 'open' | 'deleteDatabase'> {
  return {
    open: () => {
      const request = {} as IDBOpenDBRequest;
      queueMicrotask(() => request.onerror?.(new Event('error')));
      return request;
    },
    deleteDatabase: () => ({}) as IDBOpenDBRequest,
  };
}

/** One that never answers at all. */
const silentIndexedDB: Pick<IDBFactory, 'open' | 'deleteDatabase'> = {
  open: () => ({}) as IDBOpenDBRequest,
  deleteDatabase: () => ({}) as IDBOpenDBRequest,
};

/** One that throws when asked, as Firefox's private mode once did. */
const throwingIndexedDB: Pick<IDBFactory, 'open' | 'deleteDatabase'> = {
  open: () => {
    throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.');
  },
  deleteDatabase: () => ({}) as IDBOpenDBRequest,
};

describe('browserProblem', () => {
  it('finds nothing wrong in a browser that has it all, and leaves no probe database behind', async () => {
    expect(await browserProblem(capable())).toBeNull();
    // Removed in the background: the page need not wait for it.
    await expect
      .poll(async () => (await indexedDB.databases()).map((db) => db.name))
      .not.toContain('buurtruil-storage-check');
  });

  it('names a page opened over plain http first, whatever else is missing', async () => {
    expect(await browserProblem({ ...capable(), isSecureContext: false, crypto: {} })).toBe('insecure');
  });

  it('names each missing piece', async () => {
    expect(await browserProblem({ ...capable(), crypto: {} })).toBe('no-crypto');
    expect(await browserProblem({ ...capable(), indexedDB: undefined })).toBe('no-storage');
    expect(await browserProblem({ ...capable(), RTCPeerConnection: undefined })).toBe('no-webrtc');
    expect(await browserProblem({ ...capable(), indexedDB: refusingIndexedDB() })).toBe('storage-refused');
  });
});

describe('storageAccepted', () => {
  it('is false when opening fails, throws, or never answers', async () => {
    expect(await storageAccepted(refusingIndexedDB())).toBe(false);
    expect(await storageAccepted(throwingIndexedDB)).toBe(false);
    expect(await storageAccepted(silentIndexedDB, 1)).toBe(false);
  });

  it('is true when a database opens', async () => {
    expect(await storageAccepted(globalThis.indexedDB)).toBe(true);
  });
});
