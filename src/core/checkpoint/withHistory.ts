// What a device that holds a checkpoint's frontier F shows (docs/protocol.md §4.8, "History
// beside"): the state judged in two stages — from the checkpoint's state, as a phone that
// starts from it judges — with the history of F beside it, as derive(F) found it: the
// transfers, posts, messages and coordinators' acts from before the checkpoint that the
// summary closed. The judged state decides everything (balances, roles, what is open, what
// the rules take); F's history only fills in what is no longer open. Nothing is copied: the
// shown state reads through to both, so a change the ledger makes in place shows at once.
import type { AuthorityAct, NetworkState } from '../state/NetworkState.ts';

/** A map that reads `after` first and `before` for what `after` does not hold; read-only. */
export class HistoryMap<K, V> extends Map<K, V> {
  private readonly before: ReadonlyMap<K, V>;
  private readonly after: Map<K, V>;
  private counted = { afterSize: -1, onlyBefore: 0 };

  constructor(before: ReadonlyMap<K, V>, after: Map<K, V>) {
    super();
    this.before = before;
    this.after = after;
  }

  override get(key: K): V | undefined {
    return this.after.has(key) ? this.after.get(key) : this.before.get(key);
  }

  override has(key: K): boolean {
    return this.after.has(key) || this.before.has(key);
  }

  override get size(): number {
    // `before` never changes, and what the ledger changes in place it adds to (or moves between
    // maps): what `before` adds is counted again when `after`'s size changed.
    if (this.counted.afterSize !== this.after.size) {
      let onlyBefore = 0;
      for (const key of this.before.keys()) if (!this.after.has(key)) onlyBefore++;
      this.counted = { afterSize: this.after.size, onlyBefore };
    }
    return this.after.size + this.counted.onlyBefore;
  }

  override *entries(): MapIterator<[K, V]> {
    for (const entry of this.before) if (!this.after.has(entry[0])) yield entry;
    yield* this.after;
  }

  override *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  override *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  override set(): this {
    throw new Error('the state shown with its history is read-only');
  }

  override delete(): boolean {
    throw new Error('the state shown with its history is read-only');
  }

  override clear(): void {
    throw new Error('the state shown with its history is read-only');
  }
}

/** Lists of acts: F's first, then the judged state's, each once. */
function actsOf(before: readonly AuthorityAct[], after: readonly AuthorityAct[]): AuthorityAct[] {
  const later = new Set(after.map((act) => act.id));
  return [...before.filter((act) => !later.has(act.id)), ...after];
}

/**
 * `judged` (derived across the checkpoint) shown with `history` (derive(F)) beside it. Read
 * only; every map of `judged` reads through to F's for what `judged` does not hold.
 */
export function withHistory(history: NetworkState, judged: NetworkState): NetworkState {
  const maps = new Map<PropertyKey, { after: unknown; view: HistoryMap<unknown, unknown> }>();
  return new Proxy(judged, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key === 'acts') return actsOf(history.acts, value as AuthorityAct[]);
      if (key === 'policyChanged') {
        const later = value as NetworkState['policyChanged'];
        const ids = new Set(later.map((change) => change.id));
        return [...history.policyChanged.filter((change) => !ids.has(change.id)), ...later];
      }
      const before = Reflect.get(history, key) as unknown;
      if (!(value instanceof Map) || !(before instanceof Map)) return value;
      // One view per field, made again if the judged state's map was replaced.
      const made = maps.get(key);
      if (made?.after === value) return made.view;
      const view = new HistoryMap(before, value);
      maps.set(key, { after: value, view });
      return view;
    },
    set() {
      throw new Error('the state shown with its history is read-only');
    },
  });
}
