// One network's verified entries and the state they add up to. New entries are read and
// verified once. An ordinary entry is placed in its chain and judged in place — one that
// waits for its parent or for what it refers to is parked until that arrives, so entries
// out of order cost no rebuild. Authority entries (and the rare case the in-place path
// cannot match a rebuild) derive the state anew, once per batch.
import { idFromText, toBase64Url } from './encoding/base64url.ts';
import { authorityTypes, type Bodies, type EntryType, seenOf } from './entry/bodies.ts';
import { authenticate } from './entry/chainAuthenticity.ts';
import { type AnyEntry, type SignedEntry, signEntry } from './entry/Entry.ts';
import { type EntryVerifier, signatureCheckOf, type Verdict, verifyInThread } from './entry/EntryVerifier.ts';
import { maxClockSkewMs, readEntry } from './entry/readEntry.ts';
import type { Identity } from './Identity.ts';
import { LobbyGate } from './lobbyGate.ts';
import { appliesInPlace, applyEntry, referenceOf, rejectionFor } from './state/applyEntry.ts';
import { chainReasons, markFork, placeInChain } from './state/chains.ts';
import { type DeriveOptions, deriveState, deriveStateInSteps } from './state/deriveState.ts';
import type { EntryIdText, NetworkState, Rejection, VerifiedEntry } from './state/NetworkState.ts';

export interface AddResult {
  /** Entries read and verified for the first time (valid or not by the rules). */
  accepted: EntryIdText[];
  /** Entries refused on their own: not authentic, malformed, oversized. */
  refused: EntryIdText[];
  rebuilt: boolean;
}

export interface LedgerOptions {
  /** The time now (the only way time enters the rules: entries from the future wait). */
  now?: () => number;
  /** Who checks ids and signatures: this thread by default, or a pool of workers. */
  verifier?: EntryVerifier;
  /** Called between batches of a large add: a page yields to the browser here. */
  pause?: () => Promise<void>;
  /**
   * false: the lobby's ledger. It derives no state: the lobby is read through its own view
   * (src/core/lobby.ts), and deriving the rules there too would cost a rebuild for every
   * join a stranger sends. It keeps only what the lobby carries (src/core/lobbyGate.ts).
   */
  rules?: boolean;
  /**
   * A ledger that starts from a checkpoint (docs/protocol.md §4.8): the checkpoint's state
   * (src/core/checkpoint/stateFromCheckpoint.ts), and the checkpoint entries found false.
   * Entries of the frontier it is given are not judged again.
   */
  derive?: DeriveOptions;
}

/** A body as a writer gives it: `seen` is filled in by the ledger. */
export type BodyInput<T extends EntryType> = Omit<Bodies[T], 'seen'>;

/** Authority entries name at most this many others as seen. */
const seenLimit = 16;
/** How many entries are checked at once: bounds the memory a large batch holds in flight. */
const readBatch = 1024;
/** How many batches are being checked while this thread reads the one before. */
const batchesAhead = 3;
/** The page gets a turn after reading this many entries' fields (about 10 ms of work). */
const sliceEntries = 256;

type Held = VerifiedEntry & { bytes: Uint8Array };

export class Ledger {
  readonly networkId: EntryIdText;
  private readonly net: Uint8Array;
  private readonly now: () => number;
  private readonly verifier: EntryVerifier;
  private readonly pause: () => Promise<void>;
  private readonly rules: boolean;
  private readonly gate: LobbyGate | null;
  private readonly verified = new Map<EntryIdText, Held>();
  private readonly lastByAuthor = new Map<string, { seq: number; id: EntryIdText; time: number }>();
  private readonly refusedEntries = new Map<EntryIdText, { reason: Rejection; detail: string }>();
  /** Entries waiting for their parent (by the parent's id), or for what they refer to. */
  private readonly waitingForParent = new Map<EntryIdText, Set<EntryIdText>>();
  private readonly waitingForReference = new Map<EntryIdText, Set<EntryIdText>>();
  /** How many chained children each entry (or, for first entries, each author) has. */
  private readonly branches = new Map<string, number>();
  private current: NetworkState;
  private readonly deriveOptions: DeriveOptions;
  /** After a checkpoint: ids an applied cut named that were not held (its arrival derives anew). */
  private readonly cutNamed = new Set<EntryIdText>();
  /** How many signatures this ledger has checked (one per chain head, §3.5): for the bench. */
  signaturesChecked = 0;

  constructor(networkId: EntryIdText, options: LedgerOptions = {}) {
    this.networkId = networkId;
    this.net = idFromText(networkId);
    this.now = options.now ?? Date.now;
    this.verifier = options.verifier ?? verifyInThread;
    this.pause = options.pause ?? (() => Promise.resolve());
    this.rules = options.rules ?? true;
    this.gate = this.rules ? null : new LobbyGate(networkId);
    this.deriveOptions = options.derive ?? {};
    this.current = deriveState(networkId, [], this.now(), this.deriveOptions);
  }

  get state(): NetworkState {
    return this.current;
  }

  /** The verified bytes of an entry, to restore it where a peer removed or changed it. */
  bytesOf(id: EntryIdText): Uint8Array | undefined {
    return this.verified.get(id)?.bytes;
  }

  /** An authentic entry with its bytes. */
  get(id: EntryIdText): Held | undefined {
    return this.verified.get(id);
  }

  /** How many authentic entries it holds. */
  get size(): number {
    return this.verified.size;
  }

  has(id: EntryIdText): boolean {
    return this.verified.has(id);
  }

  /** Every authentic entry, valid by the rules or not. */
  entries(): Iterable<Held> {
    return this.verified.values();
  }

  /** The highest seq this author has written among the authentic entries, with its id. */
  lastOf(author: string): { seq: number; id: EntryIdText } | null {
    return this.lastByAuthor.get(author) ?? null;
  }

  /** Every entry kept aside, with its reason: refused on reading, or by the rules. */
  rejections(): Map<EntryIdText, { reason: Rejection; detail: string }> {
    return new Map([...this.refusedEntries, ...this.current.rejected]);
  }

  /** Would this entry be refused by the rules, as things stand (judged as if it were in)? */
  check(signed: SignedEntry): Rejection | null {
    const item = { idText: toBase64Url(signed.id), entry: signed.entry };
    if (authorityTypes.has(signed.entry.type)) {
      const trial = deriveState(this.networkId, [...this.verified.values(), item], this.now(), this.deriveOptions);
      return trial.rejected.get(item.idText)?.reason ?? null;
    }
    const state = this.current;
    const author = toBase64Url(signed.entry.author);
    const parent = signed.entry.prev ? toBase64Url(signed.entry.prev) : null;
    const known = state.chain.has(item.idText);
    if (!known) placeInChain(state, item.idText, author, signed.entry.seq, parent);
    try {
      return rejectionFor(state, item);
    } finally {
      if (!known) state.chain.delete(item.idText);
    }
  }

  /**
   * Reads, verifies and applies entries. `trusted`: they come from this device's own
   * verified copy, so their id and signature were checked when they first arrived.
   */
  async add(records: Iterable<readonly [EntryIdText, unknown]>, { trusted = false } = {}): Promise<AddResult> {
    const accepted: Held[] = [];
    const refused: EntryIdText[] = [];
    const read: Held[] = [];
    // Batches are checked ahead (a few at once, so a pool of workers verifies the next
    // while this thread reads the fields of the last), and taken in order.
    const checking: { batch: (readonly [EntryIdText, unknown])[]; verdicts: Promise<Verdict[] | null> }[] = [];
    let batch: (readonly [EntryIdText, unknown])[] = [];
    const check = () => {
      checking.push({ batch, verdicts: trusted ? Promise.resolve(null) : this.verifier.check(this.net, batch) });
      batch = [];
    };
    const take = async (): Promise<void> => {
      const { batch: taken, verdicts: checked } = checking.shift() as (typeof checking)[number];
      const verdicts = await checked;
      for (let i = 0; i < taken.length; i++) {
        const [id, data] = taken[i] as readonly [EntryIdText, unknown];
        const verdict = verdicts?.[i] ?? { ok: true };
        // Verified in full (here, or by the verifier): now only its fields are read.
        const result = verdict.ok
          ? (verdict.read ?? (await readEntry(this.net, id, data, { trusted: true })))
          : verdict;
        if (result.ok) {
          if (this.verified.has(result.idText)) continue;
          read.push({ idText: result.idText, entry: result.entry, bytes: result.bytes });
        } else {
          this.refusedEntries.set(id, { reason: result.problem, detail: result.detail });
          refused.push(id);
        }
        if ((i + 1) % sliceEntries === 0) await this.pause();
      }
      await this.pause();
    };
    const seen = new Set<EntryIdText>();
    for (const record of records) {
      if (this.verified.has(record[0]) || seen.has(record[0])) continue;
      seen.add(record[0]);
      batch.push(record);
      if (batch.length >= readBatch) {
        check();
        if (checking.length >= batchesAhead) await take();
      }
    }
    if (batch.length) check();
    while (checking.length) await take();
    const authentic = trusted ? read : await this.authenticate(read, refused);
    // The lobby keeps only what it carries; the rest is refused like garbage.
    const { kept, refused: strays } = this.gate ? this.gate.sort(authentic) : { kept: authentic, refused: [] };
    for (const item of strays) {
      const reason = item.entry.type === 'join' ? 'no-work' : 'not-coordinator';
      this.refusedEntries.set(item.idText, { reason, detail: 'not carried by the lobby' });
      refused.push(item.idText);
    }
    for (const item of kept) {
      this.verified.set(item.idText, item);
      const author = toBase64Url(item.entry.author);
      const last = this.lastByAuthor.get(author);
      if (!last || item.entry.seq > last.seq || (item.entry.seq === last.seq && item.idText > last.id)) {
        this.lastByAuthor.set(author, { seq: item.entry.seq, id: item.idText, time: item.entry.time });
      }
      this.refusedEntries.delete(item.idText);
      accepted.push(item);
    }
    if (accepted.length === 0 || !this.rules)
      return { accepted: accepted.map((item) => item.idText), refused, rebuilt: false };
    accepted.sort((a, b) => a.entry.seq - b.entry.seq);
    const rebuilt = !this.applyInPlace(accepted);
    if (rebuilt) await this.rebuildInSlices();
    return { accepted: accepted.map((item) => item.idText), refused, rebuilt };
  }

  /**
   * Entries that passed steps 1–6 are authentic when their signature verifies or an
   * authentic child vouches for them (§3.5): one signature per chain head.
   */
  private async authenticate(read: Held[], refused: EntryIdText[]): Promise<Held[]> {
    const { authentic, forged, signatures } = await authenticate(read, {
      vouchedBefore: (item) => this.vouchedByHeld(item),
      verify: (heads) => this.verifier.signatures(heads.map((head) => signatureCheckOf(head.entry, head.bytes))),
      authorKey: toBase64Url,
      idKey: toBase64Url,
    });
    this.signaturesChecked += signatures;
    for (const item of forged) {
      this.refusedEntries.set(item.idText, { reason: 'bad-signature', detail: 'signature does not match' });
      refused.push(item.idText);
    }
    return authentic;
  }

  /** An authentic entry held already names this one as the entry before it, by the same author. */
  private vouchedByHeld(item: Held): boolean {
    const children = this.waitingForParent.get(item.idText);
    if (!children) return false;
    const author = toBase64Url(item.entry.author);
    for (const id of children) {
      const child = this.verified.get(id)?.entry;
      if (child && child.seq === item.entry.seq + 1 && toBase64Url(child.author) === author) return true;
    }
    return false;
  }

  /** Derives the state anew from every verified entry (also when time has passed). */
  rebuild(): void {
    this.current = deriveState(this.networkId, this.verified.values(), this.now(), this.deriveOptions);
    this.indexWaiting();
  }

  /**
   * rebuild(), with the page given a turn every few hundred entries. The state it derives
   * replaces the current one only at the end; if entries arrived meanwhile (another
   * caller's add), it is derived once more in one go so that none of them is left out.
   */
  private async rebuildInSlices(): Promise<void> {
    const entries = [...this.verified.values()];
    const steps = deriveStateInSteps(this.networkId, entries, this.now(), this.deriveOptions);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        this.current = step.value;
        break;
      }
      await this.pause();
    }
    if (this.verified.size !== entries.length)
      this.current = deriveState(this.networkId, this.verified.values(), this.now(), this.deriveOptions);
    this.indexWaiting();
  }

  /**
   * Signs a new entry by `identity` as the next in its chain (after its last authentic
   * entry). Authority entries name the authority entries this device has seen.
   */
  write<T extends EntryType>(
    identity: Identity,
    type: T,
    input: BodyInput<T>,
    { time = this.now(), via = null }: { time?: number; via?: Uint8Array | null } = {},
  ): SignedEntry {
    const head = this.lastOf(toBase64Url(identity.signing.publicKey));
    const last = head ? this.lastByAuthor.get(toBase64Url(identity.signing.publicKey)) : undefined;
    const needsSeen = authorityTypes.has(type) && type !== 'genesis' && type !== 'join';
    const seen = this.current.authorityHeads.slice(-seenLimit).map(idFromText);
    const body = (needsSeen ? { ...input, seen } : input) as Bodies[T];
    return signEntry(identity, {
      net: type === 'genesis' ? null : this.net,
      type,
      seq: (head?.seq ?? 0) + 1,
      prev: head ? idFromText(head.id) : null,
      // Never before this device's last entry: a member's own entries are ordered by time.
      time: Math.max(time, last?.time ?? 0),
      via,
      body,
    });
  }

  // --- in place ---

  private applyInPlace(items: readonly Held[]): boolean {
    if (items.some((item) => authorityTypes.has(item.entry.type) || this.cutNamed.has(item.idText))) return false;
    const queue = [...items];
    while (queue.length) {
      const item = queue.shift() as Held;
      // An authority entry that was waiting for this one: its place in the order may change.
      if (authorityTypes.has(item.entry.type)) return false;
      const outcome = this.place(item);
      if (outcome === 'rebuild') return false;
      if (outcome === 'placed') {
        queue.push(...this.wake(this.waitingForParent, item.idText));
        queue.push(...this.wake(this.waitingForReference, item.idText));
      }
    }
    return true;
  }

  /** Places one ordinary entry in its chain and judges it; says whether it was chained. */
  private place(item: Held): 'placed' | 'waiting' | 'rebuild' {
    const state = this.current;
    const { entry } = item;
    const author = toBase64Url(entry.author);
    const parent = entry.prev ? toBase64Url(entry.prev) : null;
    // An entry of the checkpoint's frontier is done (§4.8): it is held, never judged again.
    if (state.checkpoint?.settled(item.idText)) return 'waiting';
    state.rejected.delete(item.idText);
    if (parent !== null) {
      const parentItem = this.verified.get(parent);
      if (parentItem && (toBase64Url(parentItem.entry.author) !== author || parentItem.entry.seq !== entry.seq - 1)) {
        state.rejected.set(item.idText, { reason: 'bad-prev', detail: 'prev is not the entry before it' });
        return 'waiting';
      }
      if (!state.chain.has(parent)) {
        // Its parent waits or was refused for its place in the chain: so does this entry.
        const parentReason = state.rejected.get(parent)?.reason;
        const inherits = parentItem !== undefined && parentReason !== undefined && chainReasons.has(parentReason);
        state.rejected.set(
          item.idText,
          inherits
            ? { reason: parentReason, detail: 'its chain waits or was refused before it' }
            : { reason: 'missing-prev', detail: '' },
        );
        this.park(this.waitingForParent, parent, item.idText);
        return 'waiting';
      }
    }
    if (entry.time > this.now() + maxClockSkewMs) {
      state.rejected.set(item.idText, { reason: 'future', detail: '' });
      return 'waiting';
    }
    // Woken again for what it refers to, an entry is in its chain already: count its branch once.
    if (!state.chain.has(item.idText)) {
      const branch = parent ?? `root ${author}`;
      const siblings = this.branches.get(branch) ?? 0;
      this.branches.set(branch, siblings + 1);
      if (siblings > 0) markFork(state, author, entry.seq);
      placeInChain(state, item.idText, author, entry.seq, parent);
    }
    // E.g. a lower id paying a proposal already paid would change who paid it: rebuild.
    if (!appliesInPlace(state, item)) return 'rebuild';
    const problem = rejectionFor(state, item);
    if (problem === 'missing-ref') {
      const reference = referenceOf(entry as AnyEntry);
      if (reference) this.park(this.waitingForReference, reference, item.idText);
    }
    if (problem) state.rejected.set(item.idText, { reason: problem, detail: '' });
    else applyEntry(state, item);
    return 'placed';
  }

  private park(waiting: Map<EntryIdText, Set<EntryIdText>>, on: EntryIdText, id: EntryIdText): void {
    const set = waiting.get(on);
    if (set) set.add(id);
    else waiting.set(on, new Set([id]));
  }

  private wake(waiting: Map<EntryIdText, Set<EntryIdText>>, on: EntryIdText): Held[] {
    const ids = waiting.get(on);
    if (!ids) return [];
    waiting.delete(on);
    return [...ids].map((id) => this.verified.get(id)).filter((item): item is Held => item !== undefined);
  }

  /** After a rebuild: which entries wait for what, and how chains branch. */
  private indexWaiting(): void {
    this.waitingForParent.clear();
    this.waitingForReference.clear();
    this.branches.clear();
    const state = this.current;
    this.cutNamed.clear();
    if (state.checkpoint) {
      for (const entry of state.applied.values()) {
        if (!authorityTypes.has(entry.type)) continue;
        for (const id of namedEntries(entry as AnyEntry)) if (!this.verified.has(id)) this.cutNamed.add(id);
      }
    }
    for (const node of state.chain.values()) {
      const branch = node.parent ?? `root ${node.author}`;
      this.branches.set(branch, (this.branches.get(branch) ?? 0) + 1);
    }
    for (const [id, { reason }] of state.rejected) {
      const item = this.verified.get(id);
      if (!item) continue;
      if (chainReasons.has(reason) && item.entry.prev) {
        this.park(this.waitingForParent, toBase64Url(item.entry.prev), id);
      } else if (reason === 'missing-ref') {
        const references = authorityTypes.has(item.entry.type)
          ? namedEntries(item.entry as AnyEntry)
          : [referenceOf(item.entry as AnyEntry)];
        for (const reference of references) if (reference) this.park(this.waitingForReference, reference, id);
      }
    }
  }
}

/** Every entry an authority entry names (seen, the join it answers, the heads it cuts): any may be what it waits for. */
function namedEntries(entry: AnyEntry): EntryIdText[] {
  const named = [...seenOf(entry.body)];
  const body = entry.body as Record<string, unknown>;
  for (const field of ['join', 'cut', 'from']) {
    const value = Object.hasOwn(body, field) ? body[field] : undefined;
    if (value instanceof Uint8Array) named.push(value);
    else if (Array.isArray(value)) named.push(...(value as Uint8Array[]));
  }
  return named.map(toBase64Url);
}
