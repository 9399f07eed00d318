// The one place where core meets Yjs. The Y.Doc is only transport: entries live in the
// Y.Map "entries" as bytes under their id. Nothing in it is trusted:
// - a new value is read and verified by the Ledger before anything counts;
// - a value that is not an authentic entry (garbage, oversized, forged, under a wrong id)
//   is removed from this doc again, so it is not relayed onwards as if it were fine;
// - a verified entry that a peer deleted or overwrote is put back from the verified copy:
//   entries are never retracted by removal, only by a signed entry of their author.
// With `foreign`, the same for the Y.Map "foreign" (a linked network's entries, carried in
// by an archive device, protocol-links.md §2), read through Ledger.addForeign under the
// peer's net; in the one queue, so own and foreign entries never reach the ledger at once.
import * as Y from 'yjs';
import { toBase64Url } from '../encoding/base64url.ts';
import { equalBytes } from '../encoding/canonical.ts';
import type { SignedEntry } from '../entry/Entry.ts';
import type { AddResult, Ledger } from '../Ledger.ts';
import { foreignMapName } from '../links/crossingTypes.ts';
import { TaskQueue } from './TaskQueue.ts';

const repairOrigin = Symbol('buurtruil-repair');
/** Values looked at between two calls of `pause` (each well under a millisecond of work). */
const lookedAtPerPause = 256;
export const entriesMapName = 'entries';

export interface LogChange extends AddResult {
  /** Ids of verified entries that a peer removed or changed, and that were put back. */
  restored: string[];
}

export class YjsEntryLog {
  private readonly map: Y.Map<Uint8Array>;
  private readonly doc: Y.Doc;
  private readonly ledger: Ledger;
  private readonly listeners = new Set<(change: LogChange) => void>();
  /** Shared by the logs of one room's docs (its parts), which feed one ledger. */
  private readonly queue: TaskQueue;
  private readonly observer: (event: Y.YMapEvent<Uint8Array>, transaction: Y.Transaction) => void;
  /** The Y.Map "foreign" and its observer, when this log reads foreign entries (the member doc). */
  private readonly foreign: {
    map: Y.Map<unknown>;
    observer: (event: Y.YMapEvent<unknown>, t: Y.Transaction) => void;
  } | null;

  /** Told of the new values of each change before the ledger reads them (see Room.onArriving). */
  private readonly arriving: (fresh: readonly (readonly [string, unknown])[]) => void;
  /** Called every few values looked at: a page yields to the browser here when its slice of time is up. */
  private readonly pause: () => Promise<void>;

  constructor(
    doc: Y.Doc,
    ledger: Ledger,
    {
      foreign = false,
      arriving = () => {},
      queue = new TaskQueue(),
      pause = () => Promise.resolve(),
    }: {
      foreign?: boolean;
      arriving?: (fresh: readonly (readonly [string, unknown])[]) => void;
      queue?: TaskQueue;
      pause?: () => Promise<void>;
    } = {},
  ) {
    this.doc = doc;
    this.pause = pause;
    this.queue = queue;
    this.arriving = arriving;
    this.ledger = ledger;
    this.map = doc.getMap<Uint8Array>(entriesMapName);
    this.observer = (event, transaction) => {
      if (transaction.origin === repairOrigin) return;
      const keys = [...event.keysChanged];
      this.enqueue(() => this.take(keys));
    };
    this.map.observe(this.observer);
    this.foreign = foreign
      ? {
          map: doc.getMap<unknown>(foreignMapName),
          observer: (event, transaction) => {
            if (transaction.origin === repairOrigin) return;
            const keys = [...event.keysChanged];
            this.enqueue(() => this.takeForeign(keys));
          },
        }
      : null;
    this.foreign?.map.observe(this.foreign.observer);
  }

  /** Reads everything already in the doc (after loading it from IndexedDB, say). */
  load(): Promise<LogChange> {
    let change: LogChange = { accepted: [], refused: [], rebuilt: false, restored: [] };
    return this.enqueue(async () => {
      change = await this.take([...this.map.keys()]);
      if (!this.foreign) return;
      const foreign = await this.takeForeign([...this.foreign.map.keys()]);
      change = { ...change, rebuilt: change.rebuilt || foreign.rebuilt };
    }).then(() => change);
  }

  /** Adds our own new entry: to the ledger first (it must be authentic), then to the doc. */
  append(signed: SignedEntry): Promise<void> {
    return this.appendForeign(toBase64Url(signed.id), signed.bytes);
  }

  /**
   * Adds our own entry under a Yjs client id of its own (an anonymous answer, together §6):
   * the doc's item for it does not name this page's client, which all its other writes share.
   */
  appendApart(signed: SignedEntry): Promise<void> {
    return this.appendForeign(toBase64Url(signed.id), signed.bytes, true);
  }

  /** Adds an entry we hold (ours, or one carried over from another room). */
  async appendForeign(id: string, bytes: Uint8Array, apart = false): Promise<void> {
    let refused = false;
    await this.enqueue(async () => {
      const result = await this.ledger.add([[id, bytes]]);
      refused = result.refused.length > 0;
      if (refused) return;
      if (!this.map.has(id)) {
        if (apart) {
          // Written in a doc of its own (a fresh client id), then merged in: a new key of
          // the root map needs nothing else of the doc.
          const own = new Y.Doc();
          own.getMap<Uint8Array>(entriesMapName).set(id, bytes);
          Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(own), repairOrigin);
          own.destroy();
        } else this.doc.transact(() => this.map.set(id, bytes), repairOrigin);
      }
      if (result.accepted.length) this.emit({ ...result, restored: [] });
    });
    if (refused) throw new Error('entry refused: not authentic');
  }

  /**
   * Puts every verified entry that the doc lacks back into it. Returns how many of them
   * had been deleted by someone (the doc still holds their tombstone), as opposed to never
   * having reached this doc (a write cut short when a page closed).
   */
  async restoreMissing(belongs: (id: string) => boolean = () => true): Promise<number> {
    let deleted = 0;
    await this.enqueue(async () => {
      const missing: string[] = [];
      let lookedAt = 0;
      for (const { idText } of this.ledger.entries()) {
        if (++lookedAt % lookedAtPerPause === 0) await this.pause();
        if (!this.map.has(idText) && belongs(idText)) missing.push(idText);
      }
      if (missing.length === 0) return;
      // Y.Map keeps a deleted key's last item, marked deleted: that is the tombstone.
      const items = (this.map as unknown as { _map: Map<string, { deleted: boolean }> })._map;
      this.doc.transact(() => {
        for (const idText of missing) {
          if (items.get(idText)?.deleted) deleted++;
          const bytes = this.ledger.bytesOf(idText);
          if (bytes) this.map.set(idText, bytes);
        }
      }, repairOrigin);
    });
    return deleted;
  }

  /**
   * Puts entries the ledger holds into this doc where it lacks them (a part's copy of what
   * it holds, docs/protocol.md §7.1: the same bytes under the same id); with `foreign`, every
   * foreign entry the ledger holds too. Returns how many it put in.
   */
  async putHeld(ids: Iterable<string>, { foreign = false }: { foreign?: boolean } = {}): Promise<number> {
    let put = 0;
    await this.enqueue(async () => {
      this.doc.transact(() => {
        for (const id of ids) {
          const bytes = this.map.has(id) ? undefined : this.ledger.bytesOf(id);
          if (!bytes) continue;
          this.map.set(id, bytes);
          put++;
        }
        const map = foreign ? this.foreign?.map : undefined;
        if (!map) return;
        for (const { key, bytes } of this.ledger.foreignEntries()) {
          if (map.has(key)) continue;
          map.set(key, bytes);
          put++;
        }
      }, repairOrigin);
    });
    return put;
  }

  /** Whether this doc holds an entry under this id. */
  holds(id: string): boolean {
    return this.map.has(id);
  }

  onChange(listener: (change: LogChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Waits until everything seen so far has been processed. */
  settled(): Promise<void> {
    return this.enqueue(async () => {});
  }

  destroy(): void {
    this.map.unobserve(this.observer);
    this.foreign?.map.unobserve(this.foreign.observer);
    this.listeners.clear();
  }

  private enqueue(task: () => Promise<unknown>): Promise<void> {
    return this.queue.run(task);
  }

  private async take(keys: readonly string[]): Promise<LogChange> {
    const fresh: [string, unknown][] = [];
    const restore: string[] = [];
    // Every value is compared with the verified copy's bytes: at four years, 137,203 of them
    // at each opening were one task of 110 ms on a device that holds them all.
    for (let at = 0; at < keys.length; at++) {
      if (at % lookedAtPerPause === lookedAtPerPause - 1) await this.pause();
      const key = keys[at] as string;
      const value = this.map.get(key);
      const known = this.ledger.bytesOf(key);
      if (known) {
        if (!(value instanceof Uint8Array) || !equalBytes(value, known)) restore.push(key);
      } else if (value !== undefined) {
        fresh.push([key, value]);
      }
    }
    if (fresh.length > 0) this.arriving(fresh);
    const result = await this.ledger.add(fresh);
    this.doc.transact(() => {
      for (const key of restore) {
        const bytes = this.ledger.bytesOf(key);
        if (bytes) this.map.set(key, bytes);
      }
      for (const key of result.refused) if (this.map.has(key)) this.map.delete(key);
    }, repairOrigin);
    const change = { ...result, restored: restore };
    if (change.accepted.length || change.refused.length || change.restored.length) this.emit(change);
    return change;
  }

  /**
   * Foreign entries: what the ledger cannot read as an entry of a linked network is removed
   * from the doc, what it holds is put back. They are no entries of this network, so the
   * change names none of them: it says the state was derived again (or what was refused).
   */
  private async takeForeign(keys: readonly string[]): Promise<LogChange> {
    const map = this.foreign?.map;
    if (!map) return { accepted: [], refused: [], rebuilt: false, restored: [] };
    const fresh: [string, unknown][] = [];
    const restore: string[] = [];
    for (const key of keys) {
      const value = map.get(key);
      const known = this.ledger.foreignBytesOf(key);
      if (known) {
        if (!(value instanceof Uint8Array) || !equalBytes(value, known)) restore.push(key);
      } else if (value !== undefined) fresh.push([key, value]);
    }
    const result = await this.ledger.addForeign(fresh);
    this.doc.transact(() => {
      for (const key of restore) {
        const bytes = this.ledger.foreignBytesOf(key);
        if (bytes) map.set(key, bytes);
      }
      for (const key of result.refused) if (map.has(key)) map.delete(key);
    }, repairOrigin);
    const change = { accepted: [], refused: result.refused, rebuilt: result.rebuilt, restored: [] };
    if (result.accepted.length || result.refused.length) this.emit(change);
    return change;
  }

  private emit(change: LogChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
