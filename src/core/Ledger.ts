// One network's verified entries and the state they add up to. New entries are read and
// verified once (ledgerReading.ts). An ordinary entry is placed in its chain and judged in
// place — one that waits for its parent or for what it refers to is parked until that
// arrives, so entries out of order cost no rebuild (ledgerPlacing.ts). Authority entries (and
// the rare case the in-place path cannot match a rebuild) derive the state anew, once per batch.
import { idFromText, toBase64Url } from './encoding/base64url.ts';
import { authorityTypes, type EntryType } from './entry/bodies.ts';
import type { SignedEntry } from './entry/Entry.ts';
import { type EntryVerifier, verifyInThread } from './entry/EntryVerifier.ts';
import { type PostBeingChecked, postsBeingChecked } from './entry/postsBeingChecked.ts';
import type { Identity } from './Identity.ts';
import { type Held, KeptEntries } from './keptEntries.ts';
import { LedgerPlacing } from './ledgerPlacing.ts';
import { readAuthentic, sliceEntries } from './ledgerReading.ts';
import { ForeignStore, type HeldForeign } from './links/ForeignStore.ts';
import type { ForeignKey } from './links/LinkState.ts';
import { LobbyGate } from './lobbyGate.ts';
import { type BodyInput, nextEntry } from './nextEntry.ts';
import { type DeriveOptions, deriveState, deriveStateInSteps } from './state/deriveState.ts';
import { authorOf } from './state/entryTexts.ts';
import type { EntryIdText, NetworkState, VerifiedEntry } from './state/NetworkState.ts';
import type { Rejection } from './state/Rejection.ts';
import { refusalAsIfIn } from './state/refusalAsIfIn.ts';
import { runInSlices } from './state/steps.ts';

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
  /**
   * Called every few entries of a large add or derivation: a page yields to the browser
   * here when its slice of time is up (src/sync/yieldToPage.ts yieldWhenDue).
   */
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

export type { BodyInput };

/** A rebuild that finds entries arrived while it derived tries this often in slices, then once in one go. */
const slicedRebuilds = 3;

export class Ledger {
  readonly networkId: EntryIdText;
  private readonly net: Uint8Array;
  private readonly now: () => number;
  private readonly verifier: EntryVerifier;
  private readonly pause: () => Promise<void>;
  private readonly rules: boolean;
  private readonly gate: LobbyGate | null;
  /** The authentic entries, each author's last, and those refused on reading (keptEntries.ts). */
  private readonly kept = new KeptEntries();
  private readonly findKept = (id: EntryIdText): VerifiedEntry | undefined => this.kept.get(id);
  /** Places ordinary entries in place, and parks those that wait (ledgerPlacing.ts). */
  private readonly placing: LedgerPlacing;
  private current: NetworkState;
  private deriveOptions: DeriveOptions;
  /** The peers' entries that crossed a link (docs/protocol-links.md §2), by foreign key. */
  private readonly foreign: ForeignStore;
  /** How many signatures this ledger has checked (one per chain head, §3.5): for the bench. */
  signaturesChecked = 0;

  constructor(networkId: EntryIdText, options: LedgerOptions = {}) {
    this.networkId = networkId;
    this.net = idFromText(networkId);
    this.now = options.now ?? (() => Date.now());
    this.verifier = options.verifier ?? verifyInThread;
    this.pause = options.pause ?? (() => Promise.resolve());
    this.rules = options.rules ?? true;
    this.gate = this.rules ? null : new LobbyGate(networkId);
    this.deriveOptions = options.derive ?? {};
    this.foreign = new ForeignStore(networkId);
    this.current = deriveState(networkId, [], this.now(), this.derivation());
    this.placing = new LedgerPlacing(this.kept.byId, this.now);
  }

  get state(): NetworkState {
    return this.current;
  }

  /** The verified bytes of an entry, to restore it where a peer removed or changed it. */
  bytesOf(id: EntryIdText): Uint8Array | undefined {
    return this.kept.get(id)?.bytes;
  }

  /** An authentic entry with its bytes. */
  get(id: EntryIdText): Held | undefined {
    return this.kept.get(id);
  }

  /** How many authentic entries it holds. */
  get size(): number {
    return this.kept.size;
  }

  has(id: EntryIdText): boolean {
    return this.kept.has(id);
  }

  /**
   * The newest posts among entries that arrived and are not taken yet, checked on their own
   * (steps 1–6 and their signature): the "being checked" state of §3.5. Nothing of them
   * enters the ledger or its state. Checked in this thread: a few dozen entries take a few
   * ms here, while a pool of workers may still be starting, or busy with the ledger's batches.
   */
  postsBeingChecked(arriving: readonly (readonly [string, unknown])[], count: number): Promise<PostBeingChecked[]> {
    return postsBeingChecked(verifyInThread, this.net, arriving, { count, now: this.now(), pause: this.pause });
  }

  /** Every authentic entry, valid by the rules or not. */
  entries(): Iterable<Held> {
    return this.kept.values();
  }

  /** Every authentic entry by id (what a checkpoint's frontier is read from, src/core/checkpoint). */
  get held(): ReadonlyMap<EntryIdText, Held> {
    return this.kept.byId;
  }

  /**
   * Derives anew from a checkpoint, or with other checkpoints found false (docs/protocol.md
   * §4.8): what this device learnt of the checkpoints it checked. The foreign entries stay.
   */
  async startFrom(options: Omit<DeriveOptions, 'foreign'>): Promise<void> {
    this.deriveOptions = options;
    await this.rebuildInSlices();
  }

  /** The highest seq this author has written among the authentic entries, with its id. */
  lastOf(author: string): { seq: number; id: EntryIdText } | null {
    return this.kept.lastOf(author) ?? null;
  }

  /** Every entry kept aside, with its reason: refused on reading, or by the rules. */
  rejections(): Map<EntryIdText, { reason: Rejection; detail: string }> {
    return new Map([...this.kept.refusals(), ...this.current.rejected]);
  }

  /**
   * Would this entry be refused by the rules, as things stand (judged as if it were in)? An
   * authority entry: by the state derived with it in, in slices (in one go, 600 ms at four years).
   */
  async check(signed: SignedEntry): Promise<Rejection | null> {
    if (!authorityTypes.has(signed.entry.type)) return refusalAsIfIn(this.current, signed);
    const item = { idText: toBase64Url(signed.id), entry: signed.entry };
    const entries = [...this.kept.values(), item];
    const trial = await this.derivedInSlices(entries);
    return trial.rejected.get(item.idText)?.reason ?? null;
  }

  /**
   * Reads, verifies and applies entries. `trusted`: they come from this device's own
   * verified copy, so their id and signature were checked when they first arrived.
   */
  async add(records: Iterable<readonly [EntryIdText, unknown]>, { trusted = false } = {}): Promise<AddResult> {
    const accepted: Held[] = [];
    const refused: EntryIdText[] = [];
    const { authentic, signatures } = await readAuthentic(records, {
      net: this.net,
      verifier: this.verifier,
      pause: () => this.pause(),
      trusted,
      held: (id) => this.kept.has(id),
      vouchedBefore: (item) => this.placing.vouchedFor(item),
      refuse: (id, reason, detail) => {
        this.kept.refuse(id, reason, detail);
        refused.push(id);
      },
    });
    this.signaturesChecked += signatures;
    // The lobby keeps only what it carries; the rest is refused like garbage.
    const { kept, refused: strays } = this.gate ? this.gate.sort(authentic) : { kept: authentic, refused: [] };
    for (const item of strays) {
      const reason = item.entry.type === 'join' ? 'no-work' : 'not-coordinator';
      this.kept.refuse(item.idText, reason, 'not carried by the lobby');
      refused.push(item.idText);
    }
    // The authors' keys first, with the page given turns; then every entry is taken in one
    // step, so no one sees part of a batch held.
    const authors: string[] = [];
    for (const item of kept) {
      authors.push(authorOf(item));
      if (authors.length % sliceEntries === 0) await this.pause();
    }
    for (let i = 0; i < kept.length; i++) {
      this.kept.keep(kept[i] as Held, authors[i] as string);
      accepted.push(kept[i] as Held);
    }
    if (accepted.length === 0 || !this.rules)
      return { accepted: accepted.map((item) => item.idText), refused, rebuilt: false };
    const rebuilt = !this.placing.apply(this.current, accepted);
    if (rebuilt) await this.rebuildInSlices();
    return { accepted: accepted.map((item) => item.idText), refused, rebuilt };
  }

  /** What deriving knows beyond our entries (the checkpoint's, the peers'); `distinct`: given the kept ones. */
  private derivation(distinct = false): DeriveOptions {
    // The kept entries are found by id in the ledger's own table (the state needs none).
    const options = distinct ? { ...this.deriveOptions, distinct, find: this.findKept } : this.deriveOptions;
    return this.foreign.size > 0 ? { ...options, foreign: this.foreign.values() } : options;
  }

  /**
   * Reads and verifies foreign entries: entries of a linked network, kept in the Y.Map
   * "foreign" under base64url(peer net) + "." + base64url(id), each verified with the
   * PEER's net (src/core/links/foreign.ts). Then derives the state again: whether they
   * count is step 5 of the rules (src/core/links/settle/settleLinks.ts).
   */
  async addForeign(records: Iterable<readonly [ForeignKey, unknown]>): Promise<AddResult> {
    const { accepted, refused } = await this.foreign.read(records, this.pause);
    if (accepted.length === 0 || !this.rules) return { accepted, refused, rebuilt: false };
    await this.rebuildInSlices();
    return { accepted, refused, rebuilt: true };
  }

  /** The verified bytes of a foreign entry, to carry it on or restore it. */
  foreignBytesOf(key: ForeignKey): Uint8Array | undefined {
    return this.foreign.bytesOf(key);
  }

  /** Every authentic foreign entry, counted or not. */
  foreignEntries(): Iterable<HeldForeign> {
    return this.foreign.values();
  }

  /** Foreign entries kept aside, with the reason: refused on reading, or by the rules of links. */
  foreignRejections(): Map<ForeignKey, { reason: Rejection; detail: string }> {
    return new Map([...this.foreign.refusals(), ...this.current.foreignRejected]);
  }

  /**
   * Derives the state anew from every verified entry, in slices. It replaces the current one
   * only at the end; if entries arrived meanwhile (another caller's add), it is derived again
   * (none left out).
   */
  private async rebuildInSlices(): Promise<void> {
    for (let tries = 1; ; tries++) {
      const count = this.kept.size;
      const state = await this.derivedInSlices([...this.kept.values()], true);
      // The page's turns around indexing it (on a phone, deriving's end, the index and the listeners were one task).
      await this.pause();
      if (this.kept.size === count) {
        this.current = state;
        break;
      }
      if (tries === slicedRebuilds) {
        this.current = deriveState(this.networkId, this.kept.values(), this.now(), this.derivation(true));
        break;
      }
    }
    this.placing.index(this.current);
    await this.pause();
  }

  /** The state derived from `entries`, the page given a turn at each yield. */
  private derivedInSlices(entries: readonly VerifiedEntry[], distinct = false): Promise<NetworkState> {
    return runInSlices(deriveStateInSteps(this.networkId, entries, this.now(), this.derivation(distinct)), this.pause);
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
    const last = this.kept.lastOf(toBase64Url(identity.signing.publicKey));
    return nextEntry(
      identity,
      this.net,
      type,
      input,
      { last, authorityHeads: this.current.authorityHeads },
      { time, via },
    );
  }
}
