// Docs kept in memory, for tests in Node: a doc opened again under the same name (a
// "reload") gets back every update it had.
import * as Y from 'yjs';
import type { DocStorage, KeptDoc } from './DocStorage.ts';

export class MemoryDocStorage implements DocStorage {
  private readonly kept = new Map<string, Uint8Array[]>();

  keep(name: string, doc: Y.Doc): KeptDoc {
    const updates = this.kept.get(name) ?? [];
    this.kept.set(name, updates);
    if (updates.length) Y.applyUpdateV2(doc, Y.mergeUpdatesV2(updates), this);
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      if (origin !== this) updates.push(update);
    };
    doc.on('updateV2', onUpdate);
    return { loaded: Promise.resolve(), close: () => doc.off('updateV2', onUpdate) };
  }
}
