// Carries entries between a network's own doc and a link room's doc (protocol-links.md §2):
// out, our own entries that cross and are about this link (a shared post once its share is
// seen, SharedPosts.ts); in, the peer's such entries, into our doc's Y.Map "foreign" under
// base64url(peer net) + "." + base64url(id). The link room is shared with another network,
// so nothing in it is trusted: a value is carried in only as an authentic entry of the peer
// that crosses this link, and (given the peer's roster) only on the word of the peer's
// roster (PeerTrust.ts); anything else under a key is removed again (not relayed onwards),
// and a flood of it is reported (`onFlooded`) so the room can be left for a fresh doc. The
// carrier never judges the rules: the ledger does.
import type * as Y from 'yjs';
import { entriesMapName } from '../../core/adapters/yjsEntryLog.ts';
import { toBase64Url } from '../../core/encoding/base64url.ts';
import { equalBytes } from '../../core/encoding/canonical.ts';
import type { Entry } from '../../core/entry/Entry.ts';
import { type EntryVerifier, verifyInThread } from '../../core/entry/EntryVerifier.ts';
import { foreignMapName, readForeignKey } from '../../core/links/crossingTypes.ts';
import { crossingTypeAtSight } from './crossingTypeAtSight.ts';
import { type CrossingVerdict, entriesThatCross, type LinkSides } from './entriesThatCross.ts';
import { type CarrierBounds, carrierBounds, LinkRoomBudget } from './LinkRoomBudget.ts';
import { PeerTrust, rosterSignedTypes } from './PeerTrust.ts';
import { SharedPosts } from './SharedPosts.ts';

/** The map of a link room's doc: entries of both networks, each under its foreign key. */
export const linkRoomMapName = 'entries';
const carrierOrigin = Symbol('buurtruil-link-carrier');

/** A network's own doc (the member doc) and the network's id. */
export interface OwnDoc {
  doc: Y.Doc;
  net: Uint8Array;
}

/** The link, as this network's archive device carries it. */
export interface CarriedLink {
  /** The link id (protocol-links.md §1). */
  id: Uint8Array;
  /** The peer network's id. */
  peer: Uint8Array;
  /**
   * The signing keys on the peer's rosters (every step; the first is the one our `link`
   * names). Given, the peer's roster-signed entries are carried in only from these keys, and
   * its other entries only once an attestation by one of them names them (PeerTrust.ts).
   * Without (tests of the carrying alone), every authentic crossing entry is carried in.
   */
  peerKeys?: readonly Uint8Array[] | undefined;
  /** Ids (base64url) the peer's counted attestations name, as our state knows them. */
  attested?: readonly string[] | undefined;
  /**
   * Our own rosters' keys (every step). A roster-signed entry of ours by one of them that only
   * the link room holds comes home into our doc (a dropped key's roster shown the peer alone).
   */
  ownKeys?: readonly Uint8Array[] | undefined;
}

export interface CarrierOptions {
  /** Checks entries (Web Workers on a page); in this thread by default. */
  verifier?: EntryVerifier;
  /** Gives the page a turn between batches. */
  pause?: () => Promise<void>;
  /** The link room holds more refused values or items than an honest one would: leave it. */
  onFlooded?: () => void;
  /**
   * Our entries go out only when offered (`offer`): those our own rules counted, as the data
   * layer reads them from the state (core/links/carry.ts, toCarryOut). Without, every
   * authentic entry of ours in the doc that crosses and is about this link goes out.
   */
  offered?: boolean;
  /** Other bounds than carrierBounds (tests that must not fill 64 MiB). */
  bounds?: Partial<CarrierBounds>;
}

export class LinkCarrier {
  private readonly own: OwnDoc;
  private readonly ownEntries: Y.Map<unknown>;
  private readonly foreign: Y.Map<unknown>;
  private readonly linkDoc: Y.Doc;
  private readonly room: Y.Map<unknown>;
  private readonly out: LinkSides;
  private readonly in: LinkSides;
  private readonly ownText: string;
  private readonly peerText: string;
  private readonly verifier: EntryVerifier;
  private readonly pause: () => Promise<void>;
  private readonly budget: LinkRoomBudget;
  /** The posts each side shared on this link, as their shares were seen. */
  private readonly ownShares: SharedPosts;
  private readonly peerShares: SharedPosts;
  /** Whose word of the peer is taken; null: everything authentic (no roster given). */
  private readonly trust: PeerTrust | null;
  /** Our own rosters' keys (base64url): whose roster-signed entries in the room come home. */
  private readonly ownKeys = new Set<string>();
  /** Keys of our own doc's entries, and of the link room, still to look at. */
  private readonly pendingOwn = new Set<string>();
  private readonly pendingRoom = new Set<string>();
  /** What of ours is in the link room, by its key there: put back if a peer removes it. */
  private readonly carriedOut = new Map<string, Uint8Array>();
  private readonly stopObserving: () => void;
  private draining: Promise<void> | null = null;
  private readonly offered: boolean;
  private closed = false;

  constructor(own: OwnDoc, linkDoc: Y.Doc, link: CarriedLink, options: CarrierOptions = {}) {
    this.own = own;
    this.ownEntries = own.doc.getMap(entriesMapName);
    this.foreign = own.doc.getMap(foreignMapName);
    this.linkDoc = linkDoc;
    this.room = linkDoc.getMap(linkRoomMapName);
    this.out = { id: link.id, from: own.net, to: link.peer };
    this.in = { id: link.id, from: link.peer, to: own.net };
    this.ownText = toBase64Url(own.net);
    this.peerText = toBase64Url(link.peer);
    this.verifier = options.verifier ?? verifyInThread;
    this.pause = options.pause ?? (() => Promise.resolve());
    const flooded = options.onFlooded ?? (() => {});
    this.budget = new LinkRoomBudget(
      linkDoc,
      this.foreign,
      this.peerText,
      () => {
        if (!this.closed) flooded();
      },
      { ...carrierBounds, ...options.bounds },
    );
    this.ownShares = new SharedPosts(this.budget.bounds.waiting);
    this.peerShares = new SharedPosts(this.budget.bounds.waiting);
    this.offered = options.offered ?? false;
    this.trust = link.peerKeys ? new PeerTrust(this.budget.bounds.waiting) : null;
    this.trust?.learn(link.peerKeys?.map(toBase64Url) ?? [], link.attested ?? []);
    this.knowOwnKeys(link.ownKeys ?? []);
    const ownObserver = (event: Y.YMapEvent<unknown>) => {
      if (!this.offered) this.note(this.pendingOwn, event.keysChanged);
    };
    const roomObserver = (event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
      if (transaction.origin !== carrierOrigin) this.note(this.pendingRoom, event.keysChanged);
    };
    this.ownEntries.observe(ownObserver);
    this.room.observe(roomObserver);
    this.stopObserving = () => {
      this.ownEntries.unobserve(ownObserver);
      this.room.unobserve(roomObserver);
    };
  }

  /** Looks at everything already in both docs once; changes are followed from the start. */
  start(): Promise<void> {
    if (!this.offered) this.note(this.pendingOwn, this.ownEntries.keys());
    this.note(this.pendingRoom, this.room.keys());
    return this.settled();
  }

  /** Our entries (ids) that may go out now, with `offered`: those not out yet are looked at. */
  offer(ids: Iterable<string>): void {
    const fresh: string[] = [];
    for (const id of ids) if (!this.carriedOut.has(`${this.ownText}.${id}`)) fresh.push(id);
    if (fresh.length > 0) this.note(this.pendingOwn, fresh);
  }

  /** More of the peer's roster keys and attested ids (a new state): what waited for them is looked at again. */
  trustMore(keys: readonly Uint8Array[], attested: readonly string[]): void {
    if (!this.trust) return;
    const again = this.trust.learn(keys.map(toBase64Url), attested);
    if (again.length > 0) this.note(this.pendingRoom, again);
  }

  /** Our own rosters' keys grew (a new `link-roster` of ours counted). */
  knowOwnKeys(keys: readonly Uint8Array[]): void {
    for (const key of keys) this.ownKeys.add(toBase64Url(key));
  }

  private comesHome(entry: Entry | undefined): boolean {
    return entry !== undefined && rosterSignedTypes.has(entry.type) && this.ownKeys.has(toBase64Url(entry.author));
  }

  /** Settles once everything noticed so far has been carried (or refused). */
  async settled(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /** Stops carrying; what was carried stays where it is. */
  close(): void {
    this.closed = true;
    this.stopObserving();
    this.budget.stop();
    this.pendingOwn.clear();
    this.pendingRoom.clear();
  }

  private note(pending: Set<string>, keys: Iterable<string>): void {
    if (this.closed) return;
    for (const key of keys) pending.add(key);
    // Keys waiting are strings the peer chose: past the bound, the room is flooded.
    if (this.pendingRoom.size > this.budget.bounds.pendingKeys) {
      this.pendingRoom.clear();
      this.budget.flood();
      return;
    }
    this.drainSoon();
  }

  private drainSoon(): void {
    if (this.draining || this.closed) return;
    this.draining = this.drain().finally(() => {
      this.draining = null;
      if (this.pendingOwn.size + this.pendingRoom.size > 0) this.drainSoon();
    });
  }

  private async drain(): Promise<void> {
    while (!this.closed && this.pendingOwn.size + this.pendingRoom.size > 0) {
      try {
        if (this.pendingOwn.size > 0) await this.carryOut(take(this.pendingOwn, this.budget.bounds.batch));
        else await this.carryIn(take(this.pendingRoom, this.budget.bounds.batch));
      } catch (error) {
        // Carrying must go on whatever one batch held; its keys are looked at on their next change.
        console.error(error);
      }
      await this.pause();
    }
  }

  /** Our own entries that cross and are about this link go into the link room. */
  private async carryOut(keys: readonly string[]): Promise<void> {
    const batch: [string, Uint8Array][] = [];
    for (const key of keys) {
      const value = this.ownEntries.get(key);
      // Most of the member doc does not cross: ruled out at sight, not checked again in full;
      // a post (its id is its key) only once a share names it.
      const type = crossingTypeAtSight(value);
      if (type === 'post' && !this.ownShares.isShared(key)) continue;
      if (type && value instanceof Uint8Array) batch.push([key, value]);
    }
    const verdicts = await entriesThatCross(this.verifier, this.out, batch, (post) => this.ownShares.isShared(post));
    if (this.closed) return;
    this.linkDoc.transact(() => {
      for (const [at, [id, bytes]] of batch.entries()) {
        const verdict = verdicts[at];
        if (verdict?.waitsFor && !this.ownShares.wait(verdict.waitsFor, id)) this.pendingOwn.add(id);
        if (!verdict?.crosses) continue;
        // A share: the post (under its id), its updates and its close that waited are looked at again.
        if (verdict.shares)
          for (const waited of [verdict.shares, ...this.ownShares.share(verdict.shares)]) this.pendingOwn.add(waited);
        const key = `${this.ownText}.${id}`;
        this.carriedOut.set(key, bytes);
        if (!sameBytes(this.room.get(key), bytes)) this.room.set(key, bytes);
      }
    }, carrierOrigin);
  }

  /** The link room's changes: the peer's entries in; ours put back; anything else removed. */
  private async carryIn(keys: readonly string[]): Promise<void> {
    const restore: string[] = [];
    const remove: string[] = [];
    const theirs: [string, unknown, string][] = [];
    const ours: [string, unknown, string][] = [];
    for (const key of keys) {
      const value = this.room.get(key);
      const mine = this.carriedOut.get(key);
      if (mine) {
        if (!sameBytes(value, mine)) restore.push(key);
        continue;
      }
      if (value === undefined) {
        this.trust?.forget(key);
        continue;
      }
      const named = readForeignKey(key);
      const id = named ? toBase64Url(named.id) : '';
      const net = named ? toBase64Url(named.peer) : '';
      if (net === this.peerText) theirs.push([id, value, key]);
      // Ours from another archive device of this network (checked, or it is a forgery).
      else if (net === this.ownText) ours.push([id, value, key]);
      else remove.push(key);
    }
    const [theirsCross, oursCross] = await Promise.all([
      entriesThatCross(this.verifier, this.in, pairs(theirs), (post) => this.peerShares.isShared(post)),
      entriesThatCross(this.verifier, this.out, pairs(ours), (post) => this.ownShares.isShared(post)),
    ]);
    if (this.closed) return;
    const arrived: [string, Uint8Array][] = [];
    this.learnFromRoster(theirsCross);
    for (const [at, [id, value, key]] of theirs.entries()) {
      const verdict = theirsCross[at];
      // A post of the peer whose share has not come yet stays in the room, and waits for it.
      if (verdict?.waitsFor) {
        if (!this.peerShares.wait(verdict.waitsFor, key)) this.pendingRoom.add(key);
      } else if (!verdict?.crosses) remove.push(key);
      if (!verdict?.crosses) {
        if (!verdict?.waitsFor) this.trust?.forget(key);
        continue;
      }
      if (!this.onTheirWord(verdict, id, key)) continue;
      if (verdict.shares) {
        const post = `${this.peerText}.${verdict.shares}`;
        for (const waited of [post, ...this.peerShares.share(verdict.shares)]) this.pendingRoom.add(waited);
      }
      arrived.push([key, value as Uint8Array]);
    }
    const home: [string, Uint8Array][] = [];
    for (const [at, [id, value, key]] of ours.entries()) {
      const verdict = oursCross[at];
      if (verdict?.crosses) {
        this.carriedOut.set(key, value as Uint8Array);
        // A roster-signed entry of ours that only the link room holds (a fork of our roster
        // that a dropped key showed the peer alone) comes home: both sides then judge the
        // same entries. Only by our rosters' keys: the room must not fill our doc.
        if (this.comesHome(verdict.entry) && !this.ownEntries.has(id)) home.push([id, value as Uint8Array]);
      } else if (!verdict?.waitsFor) remove.push(key);
    }
    this.own.doc.transact(() => {
      for (const [id, bytes] of home) this.ownEntries.set(id, bytes);
      for (const [key, bytes] of arrived) {
        if (sameBytes(this.foreign.get(key), bytes)) continue;
        if (!this.foreign.has(key) && !this.budget.admitForeign(bytes.length)) continue;
        this.foreign.set(key, bytes);
      }
    }, carrierOrigin);
    this.linkDoc.transact(() => {
      for (const key of restore) this.room.set(key, this.carriedOut.get(key) as Uint8Array);
      for (const key of remove) if (this.room.has(key)) this.room.delete(key);
    }, carrierOrigin);
    this.budget.refused(remove.length);
  }

  /** Roster keys and attested ids that the batch's roster-signed entries add (a new roster may let in the next). */
  private learnFromRoster(verdicts: readonly CrossingVerdict[]): void {
    const trust = this.trust;
    if (!trust) return;
    let learned = true;
    while (learned) {
      learned = false;
      for (const { crosses, entry } of verdicts) {
        if (!crosses || !entry || !trust.onRoster(toBase64Url(entry.author))) continue;
        const body = entry.body as { roster?: Uint8Array[]; entries?: Uint8Array[] };
        const keys = entry.type === 'link-roster' ? (body.roster ?? []).map(toBase64Url) : [];
        const ids = entry.type === 'link-attest' ? (body.entries ?? []).map(toBase64Url) : [];
        if (keys.some((key) => !trust.onRoster(key))) learned = true;
        if (keys.length + ids.length === 0) continue;
        for (const key of trust.learn(keys, ids)) this.pendingRoom.add(key);
      }
    }
  }

  /**
   * Whether the peer's roster stands behind a crossing entry: its author on the roster (a
   * roster-signed type) or an attestation naming it (any other). If not, it waits in the
   * room; past what may wait, the room is flooded.
   */
  private onTheirWord(verdict: CrossingVerdict, id: string, key: string): boolean {
    const trust = this.trust;
    if (!trust) return true;
    const entry = verdict.entry;
    if (!entry) return false;
    const author = toBase64Url(entry.author);
    const ok = rosterSignedTypes.has(entry.type) ? trust.onRoster(author) : trust.isAttested(id);
    if (ok) {
      trust.forget(key);
      return true;
    }
    const waits = rosterSignedTypes.has(entry.type) ? trust.waitForKey(author, key) : trust.waitForAttestation(id, key);
    if (!waits) this.budget.flood();
    return false;
  }
}

function take(pending: Set<string>, count: number): string[] {
  const keys: string[] = [];
  for (const key of pending) {
    if (keys.length >= count) break;
    keys.push(key);
  }
  for (const key of keys) pending.delete(key);
  return keys;
}

function pairs(named: readonly [string, unknown, string][]): [string, unknown][] {
  return named.map(([id, value]) => [id, value]);
}

function sameBytes(value: unknown, bytes: Uint8Array): boolean {
  return value instanceof Uint8Array && equalBytes(value, bytes);
}
