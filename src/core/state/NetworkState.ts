// What a network's verified entries add up to. Keys and ids are base64url text here, so
// they can be map keys and table keys; the bytes stay in the entries.
import type { SealedBox } from '../crypto/sealedBox.ts';
import type { Bodies, Policy, Role, Settings } from '../entry/bodies.ts';
import type { Entry } from '../entry/Entry.ts';
import type { LinksState } from '../links/LinkState.ts';
import type { Activity } from './activities.ts';
import type { Message, Post, Proposal, Signal, Thanks, Transfer } from './exchangeRecords.ts';
import type { Order } from './Order.ts';
import type { Plan, PlanAct } from './plans.ts';
import type { Rejection } from './Rejection.ts';
import type { SurveyRecords } from './surveys.ts';
import type { GroupRecord, Idea, Recurring, Story, StoryConsent } from './togetherRecords.ts';

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
  /**
   * `entry.author` as text and `entry.prev` as text (null for a first entry): made once and
   * carried, for every step that keys by them — the author's when the entry is read, the
   * parent's when first asked for (entryTexts.ts makes them where an entry came without).
   */
  authorText?: DeviceKey;
  parentText?: EntryIdText | null | undefined;
  /**
   * The entry it names as `prev` (the same author, one seq lower), where the reader found it
   * among the entries it read with this one (chainAuthenticity.ts): the chains take it from
   * here instead of looking it up by its id's text again.
   */
  parentEntry?: VerifiedEntry | undefined;
  /**
   * Its place in the list of the last chain derivation that read it (chains.ts): a hint,
   * believed only where that list holds this very entry at that place.
   */
  place?: number;
}

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
  /** "Ervaring met …" from the member's latest `profile-more` (rules/profileMore.ts). */
  experience?: { text: string; from: Order };
  balance: number;
  given: number;
  received: number;
  /** Welcome hours (and an opening balance) received on admission, in minutes. */
  welcome: number;
  /** Order in which members became coordinators (0: the founder); concurrent coordinators' acts are tie-broken by it. */
  seniority: number | null;
}

// The exchange's records (posts, transfers, messages, proposals, thanks): exchangeRecords.ts.
export type { Message, Post, PostStatus, Proposal, Signal, Thanks, Transfer } from './exchangeRecords.ts';

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

export interface NetworkState extends SurveyRecords, LinksState {
  networkId: EntryIdText;
  /** The genesis' fixed fields. */
  genesis: Bodies['genesis'] | null;
  /** The settings now (the genesis', or the latest settings entry). */
  network: Settings | null;
  settingsChanged: { id: EntryIdText; by: MemberKey; time: number }[];
  /** The policy now (protocol.md §3.4): the defaults, or the latest policy entry in causal order. */
  policy: Policy;
  policyChanged: { id: EntryIdText; by: MemberKey; time: number }[];
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
  /** Stories (together §4), by id. */
  stories: Map<EntryIdText, Story>;
  /** Each person's latest consent on a story: `${story} ${member}`. */
  storyConsents: Map<string, StoryConsent>;
  /** Ideas (together §5), by id: public ones on the ideas board, private ones sealed to the coordinators. */
  ideas: Map<EntryIdText, Idea>;
  /** Help that comes back, per post and pair: `${post} ${member} ${member}`, the keys sorted (rules/recurring.ts). */
  recurring: Map<string, Recurring>;
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
  /**
   * Activities a coordinator called off (`activity-call-off`), judged in causal order: the
   * activity's id (whatever it names; it counts once an activity has that id), to who and why.
   */
  activitiesCalledOff: Map<EntryIdText, { by: MemberKey; reason: string; id: EntryIdText }>;
  /**
   * A coordinator's `came-for`, judged in causal order: per activity id (whatever it
   * names), each card member to the first entry that said it came.
   */
  cameFor: Map<EntryIdText, Map<MemberKey, EntryIdText>>;
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
  /** Set when this state starts from a checkpoint (docs/protocol.md §4.8, src/core/checkpoint). */
  checkpoint?: CheckpointBase;
  /** The checkpoint entries this state was derived with as false (§4.8): flagged for the coordinators. */
  falseCheckpoints?: ReadonlySet<EntryIdText>;
}

/**
 * What a state that starts from a checkpoint knows of the frontier F below it: the entries
 * after F are judged against it (stage 2 of §4.8), and F is never judged again.
 */
export interface CheckpointBase {
  /** The tips of F that the summary names: they are in `chain` (without their parents). */
  tips: ReadonlySet<EntryIdText>;
  /** Is this an entry of F, as far as this device knows (all of F, or the tips and carried entries)? */
  settled(id: EntryIdText): boolean;
  /**
   * Is this entry below F's tips by its place alone: by a device the summary names, at a seq
   * no higher than its highest tip, dated no later than `until`? Such an entry is of F or a
   * fork off it: never judged after F, on a device that holds F and on one that does not
   * (a peer may hand a phone old entries of F: they must not count twice, §4.8, §7.1).
   */
  below(item: VerifiedEntry): boolean;
  /** The summary's `until` (−Infinity where it was not given): F holds nothing dated after it. */
  until: number;
  /** The entries of F this device holds in full that later entries may answer: the pending joins. */
  carried: ReadonlyMap<EntryIdText, VerifiedEntry>;
  /** A fresh copy of the checkpoint's state (rules change the state they judge). */
  fresh(): NetworkState;
}
