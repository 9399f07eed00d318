// Carries entries between a network's own doc and a link room's doc (protocol-links.md §2):
// out, our own entries that cross and are about this link (a shared post once its share is
// seen, SharedPosts.ts); in (CarryingIn.ts), the peer's such entries, into our doc's Y.Map
// "foreign" under base64url(peer net) + "." + base64url(id). The link room is shared with another network,
// so nothing in it is trusted: a value is carried in only as an authentic entry of the peer
// that crosses this link, and (given the peer's roster) only on the word of the peer's
// roster (PeerTrust.ts); anything else under a key is removed again (not relayed onwards),
// and a flood of it is reported (`onFlooded`) so the room can be left for a fresh doc. The
// carrier never judges the rules: the ledger does.
import type * as Y from 'yjs';
import { entriesMapName } from '../../core/adapters/yjsEntryLog.ts';
import { toBase64Url } from '../../core/encoding/base64url.ts';
import { type EntryVerifier, verifyInThread } from '../../core/entry/EntryVerifier.ts';
import { foreignMapName } from '../../core/links/crossingTypes.ts';
import { CarryingIn, sameBytes } from './CarryingIn.ts';
import { crossingTypeAtSight } from './crossingTypeAtSight.ts';
import { entriesThatCross, type LinkSides } from './entriesThatCross.ts';
import { type CarrierBounds, carrierBounds, LinkRoomBudget } from './LinkRoomBudget.ts';
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
  private readonly ownEntries: Y.Map<unknown>;
  private readonly foreign: Y.Map<unknown>;
  private readonly linkDoc: Y.Doc;
  private readonly room: Y.Map<unknown>;
  private readonly out: LinkSides;
  private readonly ownText: string;
  private readonly verifier: EntryVerifier;
  private readonly pause: () => Promise<void>;
  private readonly budget: LinkRoomBudget;
  /** The posts we shared on this link, as their shares were seen (the peer's: CarryingIn.ts). */
  private readonly ownShares: SharedPosts;
  /** The peer's entries in, on its roster's word; ours put back or home (CarryingIn.ts). */
  private readonly carryingIn: CarryingIn;
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
    this.ownEntries = own.doc.getMap(entriesMapName);
    this.foreign = own.doc.getMap(foreignMapName);
    this.linkDoc = linkDoc;
    this.room = linkDoc.getMap(linkRoomMapName);
    this.out = { id: link.id, from: own.net, to: link.peer };
    this.ownText = toBase64Url(own.net);
    this.verifier = options.verifier ?? verifyInThread;
    this.pause = options.pause ?? (() => Promise.resolve());
    const peerText = toBase64Url(link.peer);
    const flooded = options.onFlooded ?? (() => {});
    this.budget = new LinkRoomBudget(
      linkDoc,
      this.foreign,
      peerText,
      () => {
        if (!this.closed) flooded();
      },
      { ...carrierBounds, ...options.bounds },
    );
    this.ownShares = new SharedPosts(this.budget.bounds.waiting);
    this.offered = options.offered ?? false;
    this.carryingIn = new CarryingIn(
      {
        ownDoc: own.doc,
        ownEntries: this.ownEntries,
        foreign: this.foreign,
        linkDoc,
        room: this.room,
        in: { id: link.id, from: link.peer, to: own.net },
        out: this.out,
        ownText: this.ownText,
        peerText,
        verifier: this.verifier,
        budget: this.budget,
        ownShares: this.ownShares,
        carriedOut: this.carriedOut,
        pendingRoom: this.pendingRoom,
        origin: carrierOrigin,
        closed: () => this.closed,
      },
      link.peerKeys,
      link.attested,
      link.ownKeys,
    );
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
    const again = this.carryingIn.trustMore(keys, attested);
    if (again.length > 0) this.note(this.pendingRoom, again);
  }

  /** Our own rosters' keys grew (a new `link-roster` of ours counted). */
  knowOwnKeys(keys: readonly Uint8Array[]): void {
    this.carryingIn.knowOwnKeys(keys);
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
        else await this.carryingIn.carryIn(take(this.pendingRoom, this.budget.bounds.batch));
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
