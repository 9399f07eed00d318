// What the together pages keep in the state besides activities and plans (their own files):
// group records and their parts, ideas, and help that comes back.
import type { SealedBox } from '../crypto/sealedBox.ts';
import type { DeviceKey, EntryIdText, MemberKey } from './NetworkState.ts';
import type { Order } from './Order.ts';

/** One part of a group record (together §2), keyed by (record, index): it moves at most once. */
export interface GroupPartOf {
  payer: MemberKey;
  receiver: MemberKey;
  minutes: number;
}

/** An idea of a member: shared on the ideas board (`text`), or sealed to the coordinators. */
export interface Idea {
  id: EntryIdText;
  author: MemberKey;
  text: string | null;
  sealed: SealedBox | null;
  time: number;
}

/** Help that comes back between a post's author and one neighbour: when to look at it together, and an end. */
export interface Recurring {
  post: EntryIdText;
  /** The two members, sorted. */
  pair: [MemberKey, MemberKey];
  review: number;
  ends: number | null;
  /** The latest `recurring` of either side. */
  from: Order;
  by: MemberKey;
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

/** A story members read (together §4): who wrote it and whom it is about. */
export interface Story {
  id: EntryIdText;
  author: MemberKey;
  title: string;
  text: string;
  people: MemberKey[];
  time: number;
}

/** One person's latest say on a story: may it go into the report, and with their name. */
export interface StoryConsent {
  report: boolean;
  named: boolean;
  from: Order;
}
