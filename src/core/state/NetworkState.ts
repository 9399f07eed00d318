// What a network's verified entries add up to. Keys and ids are base64url text here, so
// they can be map keys and table keys; the bytes stay in the entries.
import type { SealedBox } from '../crypto/sealedBox.ts';
import type { Bodies, PostFields, Role } from '../entry/bodies.ts';
import type { Entry } from '../entry/Entry.ts';

/** A member's public key, base64url. */
export type MemberKey = string;
/** An entry's id, base64url. */
export type EntryIdText = string;

export type Rejection =
  // checked on the entry alone (readEntry)
  | 'oversized'
  | 'malformed'
  | 'wrong-id'
  | 'bad-signature'
  // its place in the author's chain
  | 'wrong-network'
  | 'fork'
  | 'missing-prev'
  | 'future'
  // who may write it
  | 'not-member'
  | 'not-coordinator'
  | 'suspended'
  // what it says
  | 'no-join'
  | 'already-decided'
  | 'not-suspended'
  | 'last-coordinator'
  | 'stale-epoch'
  | 'self'
  | 'unknown-member'
  | 'not-author'
  | 'not-party';

/** Rejections that may clear by themselves when more entries arrive or time passes. */
export const waitingRejections: ReadonlySet<Rejection> = new Set(['missing-prev', 'future']);

export type MemberStatus = 'pending' | 'admitted' | 'declined' | 'suspended';

export interface Profile {
  name: string;
  area: string;
  offers: string[];
  words: string;
  languages: string[];
}

export interface Member {
  key: MemberKey;
  publicKey: Uint8Array;
  boxKey: Uint8Array;
  status: MemberStatus;
  roles: Set<Role>;
  joinId: EntryIdText | null;
  join: Bodies['join'] | null;
  admittedAt: number | null;
  declineNote: SealedBox | null;
  /** Ranges of the member's own seq numbers whose entries count: [from, to] inclusive. */
  ranges: [number, number][];
  profile: Profile | null;
  profileSeq: number;
  balance: number;
  given: number;
  received: number;
  /** Welcome hours received on admission, in minutes. */
  welcome: number;
}

export type PostStatus = 'open' | 'done' | 'withdrawn';

export interface Post extends PostFields {
  id: EntryIdText;
  author: MemberKey;
  created: number;
  updated: number;
  updateSeq: number;
  status: PostStatus;
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

export interface RoomEpoch {
  epoch: number;
  /** The coordinator who opened the epoch (the founder for epoch 0). */
  author: MemberKey;
  /** The secret, sealed in parts of at most 64 readers each (genesis, or rekey entries). */
  secrets: SealedBox[];
}

export interface ChainHead {
  seq: number;
  id: EntryIdText;
}

export interface NetworkState {
  networkId: EntryIdText;
  network: Bodies['genesis'] | null;
  founder: MemberKey | null;
  members: Map<MemberKey, Member>;
  posts: Map<EntryIdText, Post>;
  /** Hidden by a coordinator, with the reason; kept apart so order does not matter. */
  hiddenPosts: Map<EntryIdText, string>;
  transfers: Map<EntryIdText, Transfer>;
  /** Reversed transfers: the transfer's id, to the reversing entry's reason. */
  reversals: Map<EntryIdText, string>;
  messages: Map<EntryIdText, Message>;
  /** Match decisions: `${post} ${decider} ${other}` to accepted (true) or declined. */
  matchDecisions: Map<string, { accept: boolean; seq: number }>;
  proposals: Map<EntryIdText, Proposal>;
  confirmations: Set<EntryIdText>;
  thanks: Map<EntryIdText, Thanks>;
  pot: number;
  epochs: RoomEpoch[];
  /** Member admissions with the sealed room secret of their epoch. */
  admissions: Map<MemberKey, { epoch: number; secret: SealedBox }>;
  /** Forked authors: two entries with one seq. */
  forks: Map<MemberKey, number>;
  heads: Map<MemberKey, ChainHead>;
  applied: Map<EntryIdText, Entry>;
  rejected: Map<EntryIdText, { reason: Rejection; detail: string }>;
}

export function emptyState(networkId: EntryIdText): NetworkState {
  return {
    networkId,
    network: null,
    founder: null,
    members: new Map(),
    posts: new Map(),
    hiddenPosts: new Map(),
    transfers: new Map(),
    reversals: new Map(),
    messages: new Map(),
    matchDecisions: new Map(),
    proposals: new Map(),
    confirmations: new Set(),
    thanks: new Map(),
    pot: 0,
    epochs: [],
    admissions: new Map(),
    forks: new Map(),
    heads: new Map(),
    applied: new Map(),
    rejected: new Map(),
  };
}
