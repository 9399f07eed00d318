// The link carrier's way in (LinkCarrier.ts carries out): the link room's changes are looked
// at, the peer's entries that cross go into our doc's "foreign" on its roster's word, ours are
// put back (and our own roster-signed ones that only the room holds come home), the rest is removed.
import type * as Y from 'yjs';
import { toBase64Url } from '../../core/encoding/base64url.ts';
import { equalBytes } from '../../core/encoding/canonical.ts';
import type { Entry } from '../../core/entry/Entry.ts';
import type { EntryVerifier } from '../../core/entry/EntryVerifier.ts';
import { readForeignKey } from '../../core/links/crossingTypes.ts';
import { type CrossingVerdict, entriesThatCross, type LinkSides } from './entriesThatCross.ts';
import type { LinkRoomBudget } from './LinkRoomBudget.ts';
import { PeerTrust, rosterSignedTypes } from './PeerTrust.ts';
import { SharedPosts } from './SharedPosts.ts';

/** What carrying in shares with the carrying out (LinkCarrier.ts). */
export interface CarryingInParts {
  ownDoc: Y.Doc;
  ownEntries: Y.Map<unknown>;
  foreign: Y.Map<unknown>;
  linkDoc: Y.Doc;
  room: Y.Map<unknown>;
  /** The link's sides: in, the peer's entries towards us; out, ours towards the peer. */
  in: LinkSides;
  out: LinkSides;
  ownText: string;
  peerText: string;
  verifier: EntryVerifier;
  budget: LinkRoomBudget;
  /** The posts we shared on this link, as their shares were seen. */
  ownShares: SharedPosts;
  /** What of ours is in the link room, by its key there: put back if a peer removes it. */
  carriedOut: Map<string, Uint8Array>;
  /** Keys of the link room still to look at. */
  pendingRoom: Set<string>;
  /** The origin of the carrier's own transactions, which its observers pass over. */
  origin: symbol;
  closed: () => boolean;
}

export class CarryingIn {
  private readonly parts: CarryingInParts;
  /** The posts the peer shared on this link, as their shares were seen. */
  private readonly peerShares: SharedPosts;
  /** Whose word of the peer is taken; null: everything authentic (no roster given). */
  private readonly trust: PeerTrust | null;
  /** Our own rosters' keys (base64url): whose roster-signed entries in the room come home. */
  private readonly ownKeys = new Set<string>();

  constructor(
    parts: CarryingInParts,
    peerKeys: readonly Uint8Array[] | undefined,
    attested: readonly string[] | undefined,
    ownKeys: readonly Uint8Array[] | undefined,
  ) {
    this.parts = parts;
    this.peerShares = new SharedPosts(parts.budget.bounds.waiting);
    this.trust = peerKeys ? new PeerTrust(parts.budget.bounds.waiting) : null;
    this.trust?.learn(peerKeys?.map(toBase64Url) ?? [], attested ?? []);
    this.knowOwnKeys(ownKeys ?? []);
  }

  /** More of the peer's roster keys and attested ids: the room's keys that waited for them, to look at again. */
  trustMore(keys: readonly Uint8Array[], attested: readonly string[]): string[] {
    if (!this.trust) return [];
    return this.trust.learn(keys.map(toBase64Url), attested);
  }

  /** Our own rosters' keys grew (a new `link-roster` of ours counted). */
  knowOwnKeys(keys: readonly Uint8Array[]): void {
    for (const key of keys) this.ownKeys.add(toBase64Url(key));
  }

  private comesHome(entry: Entry | undefined): boolean {
    return entry !== undefined && rosterSignedTypes.has(entry.type) && this.ownKeys.has(toBase64Url(entry.author));
  }

  /** The link room's changes: the peer's entries in; ours put back; anything else removed. */
  async carryIn(keys: readonly string[]): Promise<void> {
    const { room, carriedOut, ownEntries, foreign, budget, origin } = this.parts;
    const restore: string[] = [];
    const remove: string[] = [];
    const theirs: [string, unknown, string][] = [];
    const ours: [string, unknown, string][] = [];
    for (const key of keys) {
      const value = room.get(key);
      const mine = carriedOut.get(key);
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
      if (net === this.parts.peerText) theirs.push([id, value, key]);
      // Ours from another archive device of this network (checked, or it is a forgery).
      else if (net === this.parts.ownText) ours.push([id, value, key]);
      else remove.push(key);
    }
    const [theirsCross, oursCross] = await Promise.all([
      entriesThatCross(this.parts.verifier, this.parts.in, pairs(theirs), (post) => this.peerShares.isShared(post)),
      entriesThatCross(this.parts.verifier, this.parts.out, pairs(ours), (post) => this.parts.ownShares.isShared(post)),
    ]);
    if (this.parts.closed()) return;
    const arrived: [string, Uint8Array][] = [];
    this.learnFromRoster(theirsCross);
    for (const [at, [id, value, key]] of theirs.entries()) {
      const verdict = theirsCross[at];
      // A post of the peer whose share has not come yet stays in the room, and waits for it.
      if (verdict?.waitsFor) {
        if (!this.peerShares.wait(verdict.waitsFor, key)) this.parts.pendingRoom.add(key);
      } else if (!verdict?.crosses) remove.push(key);
      if (!verdict?.crosses) {
        if (!verdict?.waitsFor) this.trust?.forget(key);
        continue;
      }
      if (!this.onTheirWord(verdict, id, key)) continue;
      if (verdict.shares) {
        const post = `${this.parts.peerText}.${verdict.shares}`;
        for (const waited of [post, ...this.peerShares.share(verdict.shares)]) this.parts.pendingRoom.add(waited);
      }
      arrived.push([key, value as Uint8Array]);
    }
    const home: [string, Uint8Array][] = [];
    for (const [at, [id, value, key]] of ours.entries()) {
      const verdict = oursCross[at];
      if (verdict?.crosses) {
        carriedOut.set(key, value as Uint8Array);
        // A roster-signed entry of ours that only the link room holds (a fork of our roster
        // that a dropped key showed the peer alone) comes home: both sides then judge the
        // same entries. Only by our rosters' keys: the room must not fill our doc.
        if (this.comesHome(verdict.entry) && !ownEntries.has(id)) home.push([id, value as Uint8Array]);
      } else if (!verdict?.waitsFor) remove.push(key);
    }
    this.parts.ownDoc.transact(() => {
      for (const [id, bytes] of home) ownEntries.set(id, bytes);
      for (const [key, bytes] of arrived) {
        if (sameBytes(foreign.get(key), bytes)) continue;
        if (!foreign.has(key) && !budget.admitForeign(bytes.length)) continue;
        foreign.set(key, bytes);
      }
    }, origin);
    this.parts.linkDoc.transact(() => {
      for (const key of restore) room.set(key, carriedOut.get(key) as Uint8Array);
      for (const key of remove) if (room.has(key)) room.delete(key);
    }, origin);
    budget.refused(remove.length);
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
        for (const key of trust.learn(keys, ids)) this.parts.pendingRoom.add(key);
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
    if (!waits) this.parts.budget.flood();
    return false;
  }
}

function pairs(named: readonly [string, unknown, string][]): [string, unknown][] {
  return named.map(([id, value]) => [id, value]);
}

/** Whether a doc's value is these bytes (what was carried); carrying out asks it too. */
export function sameBytes(value: unknown, bytes: Uint8Array): boolean {
  return value instanceof Uint8Array && equalBytes(value, bytes);
}
