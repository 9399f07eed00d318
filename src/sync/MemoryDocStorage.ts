// Docs kept in memory, for tests in Node: a doc opened again under the same name (a
// "reload") gets back every update it had. With contents, a compaction keeps the doc
// hollow, as the browser's storage does (hollowDoc.ts).
import * as Y from 'yjs';
import type { DocStorage, KeptDoc } from './DocStorage.ts';
import { applyKept, type DocContents, hollowUpdate } from './hollowDoc.ts';

export class MemoryDocStorage implements DocStorage {
  private readonly kept = new Map<string, Uint8Array[]>();

  keep(name: string, doc: Y.Doc, contents?: DocContents): KeptDoc {
    const updates = this.kept.get(name) ?? [];
    this.kept.set(name, updates);
    if (updates.length) applyKept(doc, [Y.mergeUpdates(updates)], contents, this);
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      if (origin !== this) updates.push(update);
    };
    doc.on('update', onUpdate);
    return {
      loaded: Promise.resolve(),
      compact: async () => {
        if (contents) updates.splice(0, updates.length, hollowUpdate(doc, contents));
      },
      close: () => doc.off('update', onUpdate),
    };
  }

  async forget(name: string): Promise<void> {
    this.kept.delete(name);
  }

  /** The bytes kept under `name` (for tests: what a device holds at rest). */
  bytesAtRest(name: string): number {
    return (this.kept.get(name) ?? []).reduce((n, update) => n + update.length, 0);
  }

  /** Puts updates at rest under `name` as if an earlier visit had kept them (for tests). */
  put(name: string, update: Uint8Array): void {
    this.kept.set(name, [...(this.kept.get(name) ?? []), update]);
  }
}
