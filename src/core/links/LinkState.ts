// What a network knows of its links with other networks (docs/protocol-links.md): the own
// link-type entries its rules let through (steps 3 and 4 of deriveState), the peer's
// foreign entries, and what they add up to once settled (settleLinks.ts).
import type { SealedBox } from '../crypto/sealedBox.ts';
import type { PostFields } from '../entry/bodies/exchange.ts';
import type { LinkTerms } from '../entry/bodies/links.ts';
import type { Entry } from '../entry/Entry.ts';
import type { EntryIdText, MemberKey, PostStatus } from '../state/NetworkState.ts';
import type { Order } from '../state/Order.ts';
import type { Rejection } from '../state/Rejection.ts';

/** A network's id, base64url. */
export type NetText = string;
/** A link id, base64url (linkId.ts). */
export type LinkIdText = string;
/** A foreign entry's key in the Y.Map "foreign": base64url(peer net) + "." + base64url(id). */
export type ForeignKey = string;

/** A peer's entry, authentic under the peer's net (foreign.ts), not yet judged. */
export interface ForeignEntry {
  key: ForeignKey;
  /** The peer network whose entry it is. */
  peer: NetText;
  idText: EntryIdText;
  entry: Entry;
}

/** One side of a link: ours, or the peer's. */
export type Side = 'own' | 'peer';

/** An entry of one side that the link page knows: the entry and where it came from. */
/** Complete moves out, by `move-out` id: the member's entries our side attested, which the cut keeps (§5). */
export type MovedOut = ReadonlyMap<EntryIdText, ReadonlySet<EntryIdText>>;

export interface LinkItem {
  side: Side;
  idText: EntryIdText;
  entry: Entry;
}

/** A roster on a side's chain (its `link` half's, then each `link-roster` on the chain; rosters.ts). */
export interface RosterStep {
  /** The entry that set it: the side's `link` half, or a `link-roster` (what the next names as `prev`). */
  id: EntryIdText;
  /** Its claimed time: shown, never used to order or judge. */
  time: number;
  /** Every key on it (base64url): coordinators' and kiosks' devices. */
  keys: ReadonlySet<string>;
  /** The keys of coordinators' devices: the only ones that sign `link-roster` and `link-end`. */
  coordinators: ReadonlySet<string>;
  /** The side's attestation heads its writer had seen: attestations in their past were judged by an earlier roster. */
  after: readonly EntryIdText[];
  /** The roster it replaces (a `link-roster`'s `prev`); absent on a first step and on steps a checkpoint carried (a chain). */
  prev?: EntryIdText;
}

/** A record across (a `cross-pay`) as this network sees it. */
export interface CrossRecord {
  id: EntryIdText;
  /** `out`: our member pays the peer's; `in`: the peer's member pays ours. */
  direction: 'out' | 'in';
  /** Our member: the payer (out) or the receiver (in), as a member key. */
  member: MemberKey;
  /** The peer's member, base64url of its key. */
  other: string;
  minutes: number;
  what: string;
  post: EntryIdText | null;
  time: number;
  /** Which side's attestation names it, by the attestation's id. */
  attested: { own: EntryIdText | null; peer: EntryIdText | null };
  /** Counts in this network: both attestations, the link open, our member in order. */
  counted: boolean;
  /** Why not, when not: missing-ref (waits for an attestation), unknown-member, … */
  waiting: Rejection | null;
}

/** A `link-statement` of one side that counts. */
export interface LinkStatementRecord {
  id: EntryIdText;
  side: Side;
  count: number;
  sum: number;
  digest: Uint8Array;
  time: number;
}

/** What this network counts across a link, as a statement says it (statements.ts). */
export interface LinkTotals {
  count: number;
  /** From this network's view: what went out (+) minus what came in (−), its clearing account's change. */
  sum: number;
  digest: Uint8Array;
  ids: EntryIdText[];
}

/** The mirror check: the peer's latest statement against what this network counts now. */
export interface LinkMirror {
  theirs: LinkStatementRecord;
  ours: LinkTotals;
  mirrors: boolean;
  /**
   * Records that may differ: named by an own attestation that the peer counts (on the
   * roster) but our own rules refused, or attested by one side only. The coordinators
   * settle them (a new record, a pot grant).
   */
  suspect: EntryIdText[];
}

/** One of our posts its author shares across the link (`post-share`). */
export interface SharedPost {
  share: EntryIdText;
  post: EntryIdText;
  author: MemberKey;
  /** The display name the peer's board shows, and the author's live devices' box keys. */
  name: string;
  boxKeys: Uint8Array[];
}

/** A post of the peer that counts here: shared by its author, attested by the peer, in the terms' categories. */
export interface PeerPost extends PostFields {
  id: EntryIdText;
  share: EntryIdText;
  /** The author's key (base64url): a member of the peer. */
  author: string;
  name: string;
  boxKeys: Uint8Array[];
  created: number;
  updatedFrom: Order;
  status: PostStatus;
  closedFrom: Order | null;
}

/** A message across the link (`cross-message`): ours out, or the peer's to one of our members. */
export interface CrossMessage {
  id: EntryIdText;
  direction: 'out' | 'in';
  /** Our member: the sender (out) or the receiver (in). */
  member: MemberKey;
  /** The peer's member, base64url of its key: the receiver (out) or the sending device (in). */
  other: string;
  /** The keys as the entry names them (its author and `to`, each maybe not the first device's): the box's associated data. */
  sealedAs: { from: string; to: string };
  post: EntryIdText | null;
  /** Box keys of the sender's live devices: where an answer is sealed to. */
  boxKeys: Uint8Array[];
  sealed: SealedBox;
  time: number;
}

/** A member who moves house across the link (§5): its consent, the old network's move-out, the new one's move-in. */
export interface Move {
  /** The moving member's key (base64url): in the old network its member key, in the new one `key`. */
  member: string;
  /** The key the move names across (the `move-out`'s `member`): the device that asked, whose key the new network knows the member by. */
  key: string;
  /** `out`: our member leaves for the peer; `in`: the peer's member comes here. */
  direction: 'out' | 'in';
  away: EntryIdText | null;
  /**
   * The box key (base64url) the consent `away` gave: kept with the move so that a device that
   * starts from a checkpoint after the consent can still match the peer's `move-in` to it.
   */
  awayBoxKey: string | null;
  out: EntryIdText | null;
  in: EntryIdText | null;
  /** The balance that moves, as the old network's coordinator saw it (may be below zero). */
  minutes: number;
  /** All three there, each attested by the network that wrote it: the minutes have moved. */
  complete: boolean;
}

export interface Link {
  id: LinkIdText;
  peer: NetText;
  /** The peer's name, as our coordinator's `link` entry wrote it. */
  name: string;
  terms: LinkTerms;
  /** Our `link` entry: this side's half. */
  own: EntryIdText;
  /** The link room secret, sealed to our coordinators and kiosks. */
  secret: SealedBox;
  /** The peer's `link` entry that opens the link (same id, signed by a key on our `link`'s roster), or null. */
  peerLink: EntryIdText | null;
  /** Open: our half counts and the peer's half is there. */
  open: boolean;
  /** Each side's rosters in force, oldest first. */
  rosters: { own: RosterStep[]; peer: RosterStep[] };
  /** Each side's attestations that count, in the causal order of that side. */
  attestations: { own: EntryIdText[]; peer: EntryIdText[] };
  /**
   * The peer's attestations refused for good (any reason but `missing-ref`): judged, so a
   * checkpoint settles them like the ones that count (never judged again after it).
   */
  peerRefused: EntryIdText[];
  /**
   * What each side's attestations add up to, from that side's view (+ out, − in): what the
   * limit is held against, counting every record the side attested, the other's attestation come or not.
   */
  attestedSum: { own: number; peer: number };
  /** Each side's attestation heads: what a new attestation of that side names as `after`. */
  heads: { own: EntryIdText[]; peer: EntryIdText[] };
  /**
   * Each side's `link-end`, if any: its id, its heads and its time. An attestation of that
   * side counts when it is in the past of `last` or dated at or before `time` (§6).
   */
  ended: {
    own: LinkEnded | null;
    peer: LinkEnded | null;
  };
  /** Cross records by id (both directions). */
  records: Map<EntryIdText, CrossRecord>;
  /** The latest statement of each side that counts. */
  statements: { own: LinkStatementRecord | null; peer: LinkStatementRecord | null };
  /** Set when the peer's latest statement does not mirror what we count (a flag for the coordinators). */
  mirror: LinkMirror | null;
  /** Our posts shared across, by post id. */
  shares: Map<EntryIdText, SharedPost>;
  /** The peer's shared posts that count here, by post id: the board shows them with the peer's name. */
  peerPosts: Map<EntryIdText, PeerPost>;
  /** Messages across, both ways, by id. */
  messages: Map<EntryIdText, CrossMessage>;
  /** Members moving across, by member key. */
  moves: Map<string, Move>;
  /**
   * Set on a link read from a checkpoint (src/core/checkpoint/linkObjects.ts): entries of its
   * open moves each side had attested there, to the attestation. A record's are in `records`.
   */
  priorAttested?: { own: Map<EntryIdText, EntryIdText>; peer: Map<EntryIdText, EntryIdText> };
}

/** The link-page part of a network's state. */
export interface LinksState {
  /** Links by link id. */
  links: Map<LinkIdText, Link>;
  /**
   * Each peer's clearing account, by the peer's net: + what our members paid the peer's,
   * − what they received. With members' balances, the pot and plan accounts it sums to zero.
   */
  clearing: Map<NetText, number>;
  /** Own link-type entries that their rules let through, waiting to be settled with the foreign ones. */
  linkItems: LinkItem[];
  /** Foreign entries kept aside, by foreign key, with the reason. */
  foreignRejected: Map<ForeignKey, { reason: Rejection; detail: string }>;
  /** Foreign entries that count, by foreign key. */
  foreignApplied: Map<ForeignKey, Entry>;
  /**
   * The `move-out`s whose moves are complete, as a first derivation found them, each with
   * the moving member's entries our side's counted attestations name: the second applies
   * their cuts in step 3 (deriveState.ts), keeping those entries. Null in the first.
   */
  movedOut: MovedOut | null;
}

/** A side's `link-end` as the link keeps it (`time` is absent in checkpoints written before it was kept). */
export interface LinkEnded {
  id: EntryIdText;
  last: EntryIdText[];
  time?: number;
}
