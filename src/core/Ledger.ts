// One network's verified entries and the state they add up to. New entries are read and
// verified once; the state is updated in place when that is provably the same as a
// rebuild (an ordinary entry that extends its author's chain), and rebuilt otherwise.
import { idFromText, toBase64Url } from './encoding/base64url.ts';
import { authorityTypes, type Bodies, type EntryType } from './entry/bodies.ts';
import { type Entry, type SignedEntry, signEntry } from './entry/Entry.ts';
import { maxClockSkewMs, readEntry } from './entry/readEntry.ts';
import type { Identity } from './Identity.ts';
import { applyEntry, rejectionFor } from './state/applyEntry.ts';
import { deriveState, type VerifiedEntry } from './state/deriveState.ts';
import {
  type ChainHead,
  type EntryIdText,
  type NetworkState,
  type Rejection,
  waitingRejections,
} from './state/NetworkState.ts';

export interface AddResult {
  /** Entries read and verified for the first time (valid or not by the rules). */
  accepted: EntryIdText[];
  /** Entries refused on their own: not authentic, malformed, oversized. */
  refused: EntryIdText[];
  rebuilt: boolean;
}

export class Ledger {
  readonly networkId: EntryIdText;
  private readonly net: Uint8Array;
  private readonly now: () => number;
  private readonly verified = new Map<EntryIdText, VerifiedEntry & { bytes: Uint8Array }>();
  private readonly lastByAuthor = new Map<string, ChainHead>();
  private readonly refusedEntries = new Map<EntryIdText, { reason: Rejection; detail: string }>();
  private current: NetworkState;

  constructor(networkId: EntryIdText, now: () => number = Date.now) {
    this.networkId = networkId;
    this.net = idFromText(networkId);
    this.now = now;
    this.current = deriveState(networkId, [], now());
  }

  get state(): NetworkState {
    return this.current;
  }

  /** The verified bytes of an entry, to restore it where a peer removed or changed it. */
  bytesOf(id: EntryIdText): Uint8Array | undefined {
    return this.verified.get(id)?.bytes;
  }

  /** An authentic entry with its bytes. */
  get(id: EntryIdText): (VerifiedEntry & { bytes: Uint8Array }) | undefined {
    return this.verified.get(id);
  }

  /** How many authentic entries it holds. */
  get size(): number {
    return this.verified.size;
  }

  has(id: EntryIdText): boolean {
    return this.verified.has(id);
  }

  /** Would this entry of `author` be refused by the rules, as things stand? */
  check(entry: Entry): Rejection | null {
    return rejectionFor(this.current, entry as Parameters<typeof rejectionFor>[1]);
  }

  /** Every authentic entry, valid by the rules or not. */
  entries(): Iterable<VerifiedEntry> {
    return this.verified.values();
  }

  /** The highest seq this author has written among the authentic entries, with its id. */
  lastOf(author: string): ChainHead | null {
    return this.lastByAuthor.get(author) ?? null;
  }

  /** Every entry kept aside, with its reason: refused on reading, or by the rules. */
  rejections(): Map<EntryIdText, { reason: Rejection; detail: string }> {
    return new Map([...this.refusedEntries, ...this.current.rejected]);
  }

  /**
   * Reads, verifies and applies entries. `trusted`: they come from this device's own
   * verified copy, so their id and signature were checked when they first arrived.
   */
  async add(records: Iterable<readonly [EntryIdText, unknown]>, { trusted = false } = {}): Promise<AddResult> {
    const accepted: VerifiedEntry[] = [];
    const refused: EntryIdText[] = [];
    const reads: Promise<void>[] = [];
    for (const [id, data] of records) {
      if (this.verified.has(id)) continue;
      reads.push(
        readEntry(this.net, id, data, { trusted }).then((result) => {
          if (result.ok) {
            const item = { idText: result.idText, entry: result.entry, bytes: result.bytes };
            if (!this.verified.has(item.idText)) {
              this.verified.set(item.idText, item);
              const author = toBase64Url(item.entry.author);
              const last = this.lastByAuthor.get(author);
              if (!last || item.entry.seq > last.seq)
                this.lastByAuthor.set(author, { seq: item.entry.seq, id: item.idText });
              this.refusedEntries.delete(item.idText);
              accepted.push(item);
            }
          } else {
            this.refusedEntries.set(id, { reason: result.problem, detail: result.detail });
            refused.push(id);
          }
        }),
      );
    }
    await Promise.all(reads);
    if (accepted.length === 0) return { accepted: [], refused, rebuilt: false };
    accepted.sort((a, b) => a.entry.seq - b.entry.seq);
    const rebuilt = !this.applyInPlace(accepted);
    if (rebuilt) this.rebuild();
    return { accepted: accepted.map((item) => item.idText), refused, rebuilt };
  }

  /** Recomputes the state from every verified entry (also when time has passed). */
  rebuild(): void {
    this.current = deriveState(this.networkId, this.verified.values(), this.now());
  }

  /** Signs a new entry by `identity` as the next in its chain (after its last authentic entry). */
  write<T extends EntryType>(identity: Identity, type: T, body: Bodies[T], time = this.now()): SignedEntry {
    const head = this.lastOf(toBase64Url(identity.signing.publicKey));
    const net = type === 'genesis' ? null : this.net;
    return signEntry(identity, {
      net,
      type,
      seq: (head?.seq ?? 0) + 1,
      prev: head ? idFromText(head.id) : null,
      time,
      body,
    });
  }

  private applyInPlace(items: readonly VerifiedEntry[]): boolean {
    const state = this.current;
    const waiting = new Set<string>();
    for (const [id, { reason }] of state.rejected) {
      if (!waitingRejections.has(reason)) continue;
      const entry = this.verified.get(id)?.entry;
      if (entry) waiting.add(toBase64Url(entry.author));
    }
    const heads = new Map(state.heads);
    for (const { idText, entry } of items) {
      if (!this.extendsChain(entry, heads, waiting)) return false;
      heads.set(toBase64Url(entry.author), { seq: entry.seq, id: idText });
    }
    for (const { idText, entry } of items) {
      const author = toBase64Url(entry.author);
      state.heads.set(author, { seq: entry.seq, id: idText });
      const problem = rejectionFor(state, entry as Parameters<typeof rejectionFor>[1]);
      if (problem) state.rejected.set(idText, { reason: problem, detail: '' });
      else applyEntry(state, idText, entry as Parameters<typeof applyEntry>[2]);
    }
    return true;
  }

  private extendsChain(entry: Entry, heads: ReadonlyMap<string, ChainHead>, waiting: ReadonlySet<string>): boolean {
    const state = this.current;
    if (authorityTypes.has(entry.type) || !entry.net || !entry.prev) return false;
    if (toBase64Url(entry.net) !== this.networkId) return false;
    const author = toBase64Url(entry.author);
    if (waiting.has(author) || state.forks.has(author)) return false;
    const head = heads.get(author);
    if (!head || head.seq !== entry.seq - 1 || head.id !== toBase64Url(entry.prev)) return false;
    return entry.time <= this.now() + maxClockSkewMs;
  }
}
