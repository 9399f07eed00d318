// The hint a reload's first board reads (src/data/store/firstViewHint.ts): what was kept
// comes back; anything else — nothing kept, storage refused, a value of another shape — is no hint.
import { afterEach, describe, expect, it } from 'vitest';
import { recalledFirstView, rememberFirstView } from '../../../../src/data/store/firstViewHint.ts';

const realStorage = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');

function storageOf(items: Map<string, string>, refuse = false): Storage {
  return {
    getItem: (key: string) => {
      if (refuse) throw new DOMException('denied', 'SecurityError');
      return items.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (refuse) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
  } as Storage;
}

function useStorage(storage: Storage): void {
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
}

afterEach(() => {
  if (realStorage) Object.defineProperty(globalThis, 'localStorage', realStorage);
  else Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('the first view hint', () => {
  it('gives back what was remembered', () => {
    useStorage(storageOf(new Map()));
    expect(recalledFirstView()).toBeNull();
    rememberFirstView({ networkId: 'net-1', memberKey: 'key-1' });
    expect(recalledFirstView()).toEqual({ networkId: 'net-1', memberKey: 'key-1' });
  });

  it('is no hint when storage refuses or holds something else', () => {
    useStorage(storageOf(new Map(), true));
    rememberFirstView({ networkId: 'net-1', memberKey: 'key-1' });
    expect(recalledFirstView()).toBeNull();
    for (const kept of ['not json', '"text"', '{"networkId":1,"memberKey":"k"}', '{"networkId":"n"}', 'null']) {
      useStorage(storageOf(new Map([['buurtruil:first-view', kept]])));
      expect(recalledFirstView()).toBeNull();
    }
  });
});
