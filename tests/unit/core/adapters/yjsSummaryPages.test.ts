// The doc's "pages" map (docs/protocol.md §4.8, §7.1): a value is kept only under its own
// hash and within the size of a page; what a peer puts there otherwise is taken out of the
// local doc; what no checkpoint names goes after an hour.

import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { maxPageValueBytes, unnamedKeptMs, YjsSummaryPages } from '../../../../src/core/adapters/yjsSummaryPages.ts';
import { hash, useSha256 } from '../../../../src/core/crypto/hash.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';

const page = (fill: number, size = 100) => new Uint8Array(size).fill(fill);
const keyOf = (value: Uint8Array) => toBase64Url(hash(value));

/** A peer's change to the map, applied to our doc as an update. */
function fromPeer(doc: Y.Doc, change: (map: Y.Map<unknown>) => void): void {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(peer);
  peer.transact(() => change(peer.getMap('pages')));
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, before));
}

describe('the pages map', () => {
  it('keeps a value under its hash, and puts each value once', () => {
    const doc = new Y.Doc();
    const pages = new YjsSummaryPages(doc);
    pages.put([page(1), page(1), page(2)]);
    expect(pages.get(keyOf(page(1)))).toEqual(page(1));
    expect(doc.getMap('pages').size).toBe(2);
  });

  it('puts values found under their hashes as they are, hashing none again, and tells who listens', () => {
    const doc = new Y.Doc();
    const pages = new YjsSummaryPages(doc);
    let told = 0;
    pages.onChange(() => told++);
    const first = keyOf(page(1));
    const hashed: Uint8Array[] = [];
    useSha256((bytes) => {
      hashed.push(bytes);
      return sha256(bytes);
    });
    try {
      pages.putUnder(new Map([[first, page(1)]]));
      pages.put([page(2)]);
    } finally {
      useSha256(sha256);
    }
    expect(pages.get(keyOf(page(1)))).toEqual(page(1));
    expect(pages.get(keyOf(page(2)))).toEqual(page(2));
    // page(2) once, for its key; nothing checked again once in.
    expect(hashed).toEqual([page(2)]);
    expect(told).toBe(2);
  });

  it('takes out what a peer put under a wrong key, too large, or not bytes', () => {
    const doc = new Y.Doc();
    const pages = new YjsSummaryPages(doc);
    let told = 0;
    pages.onChange(() => told++);
    const large = page(3, maxPageValueBytes + 1);
    fromPeer(doc, (map) => {
      map.set(keyOf(page(4)), page(5));
      map.set(keyOf(large), large);
      map.set('text', 'not bytes');
      map.set(keyOf(page(6)), page(6));
    });
    expect([...doc.getMap('pages').keys()]).toEqual([keyOf(page(6))]);
    expect(pages.get(keyOf(page(4)))).toBeUndefined();
    expect(told).toBe(1);
  });

  it('takes out a value no checkpoint names only after an hour', () => {
    const doc = new Y.Doc();
    let now = 1_000_000;
    const pages = new YjsSummaryPages(doc, () => now);
    pages.put([page(7), page(8)]);
    const named = new Set([keyOf(page(7))]);
    pages.prune(named);
    now += unnamedKeptMs - 1;
    pages.prune(named);
    expect(doc.getMap('pages').size).toBe(2);
    now += 1;
    pages.prune(named);
    expect([...doc.getMap('pages').keys()]).toEqual([keyOf(page(7))]);
  });
});
