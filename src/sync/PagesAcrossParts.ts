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
