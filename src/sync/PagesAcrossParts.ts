// The checkpoints' summaries and pages of a room whose history is in parts (docs/protocol.md
// §7.1): read from whichever doc holds them, written into the doc the room writes to (the
// newest part), pruned in each.
import type { YjsSummaryPages } from '../core/adapters/yjsSummaryPages.ts';

export class PagesAcrossParts {
  /** Oldest doc first; the last is written to. */
  private readonly docs: YjsSummaryPages[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly stops: (() => void)[] = [];

  constructor(first: YjsSummaryPages) {
    this.add(first);
  }

  /** A part opened: its pages are read too, and new ones are written there. */
  add(pages: YjsSummaryPages): void {
    this.docs.push(pages);
    this.stops.push(
      pages.onChange(() => {
        for (const listener of this.listeners) listener();
      }),
    );
  }

  get(hashText: string): Uint8Array | undefined {
    for (let i = this.docs.length - 1; i >= 0; i--) {
      const value = this.docs[i]?.get(hashText);
      if (value) return value;
    }
    return undefined;
  }

  put(values: readonly Uint8Array[]): void {
    this.docs.at(-1)?.put(values);
  }

  /** Values under keys known to be their hashes (YjsSummaryPages.putUnder). */
  putUnder(byKey: ReadonlyMap<string, Uint8Array>): void {
    this.docs.at(-1)?.putUnder(byKey);
  }

  /**
   * Copies into the doc written to the values under these keys that only an older doc holds:
   * a page that reached a part a device has left reaches the devices of the newest part too.
   */
  carryForward(keys: Iterable<string>): void {
    const newest = this.docs.at(-1);
    if (!newest || this.docs.length < 2) return;
    const missing = new Map<string, Uint8Array>();
    for (const key of keys) {
      if (newest.get(key)) continue;
      const value = this.get(key);
      if (value) missing.set(key, value);
    }
    if (missing.size > 0) newest.putUnder(missing);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  prune(named: ReadonlySet<string>): void {
    for (const pages of this.docs) pages.prune(named);
  }

  destroy(): void {
    for (const stop of this.stops) stop();
    this.listeners.clear();
  }
}
