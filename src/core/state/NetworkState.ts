// What a network's verified entries add up to. Keys and ids are base64url text here, so
// they can be map keys and table keys; the bytes stay in the entries.
import type { SealedBox } from '../crypto/sealedBox.ts';
import type { Bodies, PostFields, Role, Settings } from '../entry/bodies.ts';
import type { Entry } from '../entry/Entry.ts';
import type { Activity } from './activities.ts';
import type { Plan, PlanAct } from './plans.ts';

/** A member's key, base64url: the key of the device (or card) they joined with. */
export type MemberKey = string;
/** A device's signing key, base64url. A member's first device has the member's key. */
export type DeviceKey = string;
/** An entry's id, base64url. */
export type EntryIdText = string;

/** An authentic entry (id and signature checked), not yet judged by the rules. */
export interface VerifiedEntry {
  idText: EntryIdText;
  entry: Entry;
}

export type Rejection =
  // checked on the entry alone (readEntry)
  | 'oversized'
  | 'malformed'
  | 'wrong-id'
  | 'bad-signature'
  | 'old-version'
  // its place in the author's chain
  | 'wrong-network'
  | 'missing-prev'
  | 'bad-prev'
  | 'future'
  // what it names must be there first
  | 'missing-ref'
  | 'bad-ref'
  // who may write it
  | 'not-member'
  | 'not-coordinator'
  | 'suspended'
  // what it says
  | 'no-join'
  | 'no-work'
  | 'already-decided'
  | 'not-suspended'
  | 'last-coordinator'
  | 'last-device'
  | 'too-many-devices'
  | 'stale-epoch'
  | 'self'
  | 'unknown-member'
  | 'not-author'
  | 'not-party'
  | 'mismatch'
  | 'already-paid'
  // a device-add's proof that the new device agreed (protocol v3, src/core/deviceProof.ts)
  | 'no-proof'
  | 'bad-proof'
  // together (docs/protocol-together.md §9)
  | 'too-early'
  | 'plan-closed'
  | 'over-plan';

/** Rejections that may clear by themselves when more entries arrive or time passes. */
export const waitingRejections: ReadonlySet<Rejection> = new Set(['missing-prev', 'missing-ref', 'future']);

export type MemberStatus = 'pending' | 'admitted' | 'declined' | 'suspended';

export interface Profile {
  name: string;
  area: string;
  offers: string[];
  words: string;
  languages: string[];
  paused: boolean;
  perWeek: number;
}

/**
 * A stretch of a device's chain whose entries count. `start`: only strict descendants of
 * these entries (null: from the chain's first entry). `end`: only these entries and their
 * ancestors (null: open). Chains can branch (a restored backup, a bug), so both are sets.
 */
export interface CountedWindow {
  start: ReadonlySet<EntryIdText> | null;
  end: ReadonlySet<EntryIdText> | null;
}

export interface Device {
  key: DeviceKey;
  publicKey: Uint8Array;
  member: MemberKey;
  boxKey: Uint8Array;
  label: string;
  windows: CountedWindow[];
  /** Retired by the member or moved away from by a coordinator: it writes nothing new. */
  removed: boolean;
  /**
   * Retired by its own member (`device-remove`, a statement about the device's future): what
   * it did for others in this window still counts wherever the member's cut fell — its
   * payments (`transfer`, `pot-donate`) and its coordinator acts that had not seen the
   * retirement. A member cannot take back hours, or an admission, by retiring the device
   * that gave them. Open until a coordinator's cut (a suspension, a move) ends it at the
   * heads that coordinator names. Null for every other device.
   */
  kept: KeptWindow | null;
}

/** Device.kept: the window, and the retirement (its entry id) that opened it. */
export interface KeptWindow extends CountedWindow {
  retiredBy: EntryIdText;
}

export interface Member {
  key: MemberKey;
  publicKey: Uint8Array;
  status: MemberStatus;
  roles: Set<Role>;
  /** The member's devices (and cards), by key; the first has the member's key. */
  devices: DeviceKey[];
  joinId: EntryIdText | null;
  join: Bodies['join'] | null;
  admittedAt: number | null;
  /** Made by a coordinator without a join (a card member, the kiosk, an import). */
  enrolled: { by: MemberKey; name: string; area: string; consent: string } | null;
  declineNote: SealedBox | null;
  /** The `before` of the set-aside that declined this member: a join claiming no later time is declined too. */
  setAsideBefore?: number;
  profile: Profile | null;
  /** Which profile entry is the latest. */
  profileFrom: Order | null;
  balance: number;
  given: number;
  received: number;
  /** Welcome hours (and an opening balance) received on admission, in minutes. */
  welcome: number;
  /** Order in which members became coordinators (0: the founder); concurrent coordinators' acts are tie-broken by it. */
  seniority: number | null;
}

/**
 * Which of two entries of one member is the later: by the time they claim, then by id.
 * Only ever used between a member's own entries (their profile, their post's updates,
 * their answer to a match), which nobody else can write: a total order across the
 * member's devices, that a device keeps honest by never writing a time before its last.
 */
export interface Order {
  time: number;
  id: EntryIdText;
}

export type PostStatus = 'open' | 'done' | 'withdrawn';

export interface Post extends PostFields {
  id: EntryIdText;
  author: MemberKey;
  device: DeviceKey;
  via: DeviceKey | null;
  created: number;
  updated: number;
  updatedFrom: Order;
  status: PostStatus;
  closedFrom: Order | null;
}

export interface Transfer {
  id: EntryIdText;
  from: MemberKey;
  to: MemberKey;
  minutes: number;
  what: string;
  post: EntryIdText | null;
  proposal: EntryIdText | null;
  time: number;
  via: DeviceKey | null;
}

export interface Message {
  id: EntryIdText;
  from: MemberKey;
  to: MemberKey;
  post: EntryIdText | null;
  /** Same for both directions between two members about one post. */
  conversation: string;
  time: number;
  sealed: SealedBox;
}

export interface Signal {
  id: EntryIdText;
  from: MemberKey;
  post: EntryIdText | null;
  time: number;
  sealed: SealedBox;
}

export interface Proposal {
  id: EntryIdText;
  author: MemberKey;
  payer: MemberKey;
  receiver: MemberKey;
  minutes: number;
  what: string;
  post: EntryIdText | null;
  time: number;
}

export interface Thanks {
  id: EntryIdText;
  from: MemberKey;
  to: MemberKey;
  text: string;
  transfer: EntryIdText | null;
  time: number;
}

/** One part of a group record (together §2), keyed by (record, index): it moves at most once. */
export interface GroupPartOf {
  payer: MemberKey;
  receiver: MemberKey;
  minutes: number;
}

/** A group record: several parts, each moving once its payer and receiver agreed. */
export interface GroupRecord {
  id: EntryIdText;
  author: MemberKey;
  parts: GroupPartOf[];
  what: string;
  post: EntryIdText | null;
  time: number;
  via: DeviceKey | null;
}

export interface RoomEpoch {
  epoch: number;
  /** The coordinator who opened the epoch (the founder for epoch 0). */
  author: MemberKey;
  /** The secret, sealed in parts of at most 64 readers each (genesis, or rekey entries). */
  secrets: SealedBox[];
}

/** One coordinator act, for the audit log every coordinator can read. */
export interface AuthorityAct {
  id: EntryIdText;
  type: Entry['type'];
  /** The coordinator (member) who did it. */
  by: MemberKey;
  /** Whom or what it was about: a member, a post, a transfer, or null. */
  about: string | null;
  reason: string;
  time: number;
}

/** A node of an author's chain: chains may branch, so a node knows its parent. */
export interface ChainNode {
  author: DeviceKey;
  seq: number;
  parent: EntryIdText | null;
}

export interface NetworkState {
  networkId: EntryIdText;
  /** The genesis' fixed fields. */
  genesis: Bodies['genesis'] | null;
  /** The settings now (the genesis', or the latest settings entry). */
  network: Settings | null;
  settingsChanged: { id: EntryIdText; by: MemberKey; time: number }[];
  founder: MemberKey | null;
  members: Map<MemberKey, Member>;
  devices: Map<DeviceKey, Device>;
  posts: Map<EntryIdText, Post>;
  /** Hidden by a coordinator, with the reason; kept apart so order does not matter. */
  hiddenPosts: Map<EntryIdText, string>;
  transfers: Map<EntryIdText, Transfer>;
  /** Reversed transfers: the transfer's id, to the reversing entry's reason. */
  reversals: Map<EntryIdText, string>;
  /** Proposals paid: the proposal's id, to the transfer that paid it. */
  paid: Map<EntryIdText, EntryIdText>;
  messages: Map<EntryIdText, Message>;
  signals: Map<EntryIdText, Signal>;
  warnings: Map<EntryIdText, { member: MemberKey; by: MemberKey; note: SealedBox; time: number }>;
  /** Match decisions: `${post} ${decider} ${other}` to accepted (true) or declined, with its order. */
  matchDecisions: Map<string, { accept: boolean; from: Order }>;
  proposals: Map<EntryIdText, Proposal>;
  /** Confirmed proposals, to the confirming entry. */
  confirmations: Map<EntryIdText, EntryIdText>;
  thanks: Map<EntryIdText, Thanks>;
  /** Group records (together §2), by id. */
  groupRecords: Map<EntryIdText, GroupRecord>;
  /** Each party's first answer to a part: `${record} ${index} ${member}`. */
  partAnswers: Map<string, { agree: boolean; from: Order }>;
  /** Parts whose minutes moved, as `${record} ${index}`: each moves at most once. */
  movedParts: Set<string>;
  /** Each side's latest consent to show a thank-you: `${thanks} ${member}`. */
  thanksShown: Map<string, { show: boolean; from: Order }>;
  /** Activities on the agenda, and what each pays (activities.ts). */
  activities: Map<EntryIdText, Activity>;
  /** Activities a coordinator approved for the pot: the activity's id, to the approving entry. */
  activityApprovals: Map<EntryIdText, EntryIdText>;
  /** Shared plans (together §3), by id, with their accounts (plans.ts). */
  plans: Map<EntryIdText, Plan>;
  /** The authority entries about each plan, by the plan's id, in the order judged (a causal order). */
  planActs: Map<EntryIdText, PlanAct[]>;
  pot: number;
  epochs: RoomEpoch[];
  /** Admissions and enrolments with the sealed room secret of their epoch. */
  admissions: Map<MemberKey, { epoch: number; secret: SealedBox }>;
  /** Lobby secrets sealed to coordinators and kiosks, oldest first. */
  invites: SealedBox[];
  /** Card shares, per card member, newest last. */
  cards: Map<MemberKey, SealedBox[]>;
  /** Every coordinator act in the order it was judged. */
  acts: AuthorityAct[];
  /** Each member's vouches ("I want this member as coordinator"), in the order judged: the last is their voice. */
  vouches: Map<MemberKey, { member: MemberKey; id: EntryIdText }[]>;
  /** Joins a kiosk or a coordinator saw the newcomer of in person (`met`), by join id: first in the coordinators' list. */
  met: Map<EntryIdText, { by: MemberKey; atKiosk: boolean }>;
  /** Authority entries applied that no later authority entry names: what a new one names as seen. */
  authorityHeads: EntryIdText[];
  /** Devices whose chain branches: two entries after one. Nobody but that member loses by it. */
  forks: Map<DeviceKey, number>;
  /** Where each chained entry sits in its author's chain. */
  chain: Map<EntryIdText, ChainNode>;
  /** Each device's highest chained entry (seq, then id). */
  heads: Map<DeviceKey, { seq: number; id: EntryIdText }>;
  applied: Map<EntryIdText, Entry>;
  rejected: Map<EntryIdText, { reason: Rejection; detail: string }>;
}

export function emptyState(networkId: EntryIdText): NetworkState {
  return {
    networkId,
    genesis: null,
    network: null,
    settingsChanged: [],
    founder: null,
    members: new Map(),
    devices: new Map(),
    posts: new Map(),
    hiddenPosts: new Map(),
    transfers: new Map(),
    reversals: new Map(),
    paid: new Map(),
    messages: new Map(),
    signals: new Map(),
    warnings: new Map(),
    matchDecisions: new Map(),
    proposals: new Map(),
    confirmations: new Map(),
    thanks: new Map(),
    groupRecords: new Map(),
    partAnswers: new Map(),
    movedParts: new Set(),
    thanksShown: new Map(),
    activities: new Map(),
    activityApprovals: new Map(),
    plans: new Map(),
    planActs: new Map(),
    pot: 0,
    epochs: [],
    admissions: new Map(),
    invites: [],
    cards: new Map(),
    acts: [],
    vouches: new Map(),
    met: new Map(),
    authorityHeads: [],
    forks: new Map(),
    chain: new Map(),
    heads: new Map(),
    applied: new Map(),
    rejected: new Map(),
  };
}

/** a is later than b in one member's writing. */
export function isLater(a: Order, b: Order): boolean {
  return a.time !== b.time ? a.time > b.time : a.id > b.id;
}
