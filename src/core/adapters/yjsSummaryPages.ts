// Checkpoints' summaries and pages in the doc (docs/protocol.md §4.8, §7.1): the Y.Map
// "pages", each value under the base64url of its SHA-256, so a value is its own proof. A
// value that is not bytes, is too large, or does not hash to its key is taken out of this
// doc again, as an entry that is not authentic is, so it is not relayed onwards. What no
// checkpoint names is taken out too, but only after a while (a summary may arrive before
// the entry that signs it): `prune`.
import type * as Y from 'yjs';
import { hash } from '../crypto/hash.ts';
import { toBase64Url } from '../encoding/base64url.ts';

export const pagesMapName = 'pages';
/** A page is at most 16 KiB (§4.8); a summary names its pages by 32-byte hashes, a few hundred at most. */
export const maxPageValueBytes = 64 * 1024;
/** How long a value no checkpoint names is kept: long enough for its entry to arrive after it. */
export const unnamedKeptMs = 60 * 60 * 1000;

const cleanOrigin = Symbol('buurtruil-pages');
/** This device's own puts: hashed as they went in, not checked again. */
const ownOrigin = Symbol('buurtruil-pages-own');

export class YjsSummaryPages {
  private readonly map: Y.Map<unknown>;
  private readonly doc: Y.Doc;
  private readonly observer: (event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => void;
  private readonly listeners = new Set<() => void>();
  /** When this device first saw each value (in this session): what `prune` measures from. */
  private readonly firstSeen = new Map<string, number>();
  private readonly now: () => number;

  constructor(doc: Y.Doc, now: () => number = Date.now) {
    this.doc = doc;
    this.now = now;
    this.map = doc.getMap<unknown>(pagesMapName);
    this.observer = (event, transaction) => {
      if (transaction.origin === cleanOrigin) return;
      if (transaction.origin !== ownOrigin) this.clean([...event.keysChanged]);
      for (const listener of this.listeners) listener();
    };
    this.map.observe(this.observer);
    this.clean([...this.map.keys()]);
  }

  /** The value under this hash, if it is here and right. */
  get(hashText: string): Uint8Array | undefined {
    const value = this.map.get(hashText);
    return value instanceof Uint8Array ? value : undefined;
  }

  /** Puts values in under their hashes (those already there are left as they are). */
  put(values: readonly Uint8Array[]): void {
    this.putUnder(values.map((value) => [toBase64Url(hash(value)), value] as const));
  }

  /** Puts values in under keys known to be their hashes (read from a doc that checks them, documentByKey). */
  putUnder(byKey: Iterable<readonly [string, Uint8Array]>): void {
    this.doc.transact(() => {
      for (const [key, value] of byKey) if (!this.map.has(key)) this.map.set(key, value);
    }, ownOrigin);
  }

  /** Told when a peer's change to the map arrived. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Takes out the values no checkpoint names that have been here longer than `unnamedKeptMs`. */
  prune(named: ReadonlySet<string>): void {
    const now = this.now();
    const stale: string[] = [];
    for (const key of this.map.keys()) {
      if (named.has(key)) continue;
      const seen = this.firstSeen.get(key) ?? now;
      this.firstSeen.set(key, seen);
      if (now - seen >= unnamedKeptMs) stale.push(key);
    }
    this.remove(stale);
  }

  destroy(): void {
    this.map.unobserve(this.observer);
    this.listeners.clear();
  }

  private clean(keys: readonly string[]): void {
    const bad = keys.filter((key) => {
      if (!this.map.has(key)) return false;
      const value = this.map.get(key);
      return !(value instanceof Uint8Array) || value.length > maxPageValueBytes || toBase64Url(hash(value)) !== key;
    });
    this.remove(bad);
  }

  private remove(keys: readonly string[]): void {
    if (keys.length === 0) return;
    this.doc.transact(() => {
      for (const key of keys) {
        this.map.delete(key);
        this.firstSeen.delete(key);
      }
    }, cleanOrigin);
  }
}
