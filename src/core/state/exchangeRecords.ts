// The records of the exchange in a network's state (NetworkState.ts): posts, hours paid,
// messages and signals, proposals waiting for a yes, and thank-yous.
import type { SealedBox } from '../crypto/sealedBox.ts';
import type { PostFields } from '../entry/bodies.ts';
import type { DeviceKey, EntryIdText, MemberKey } from './NetworkState.ts';
import type { Order } from './Order.ts';

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
