// What every entry type's rule says, in one shape: its body, what it refers to, when it is
// refused and how it changes the state. One file per type in this folder fills it in;
// entryRules.ts maps each type to its rule. The steps that are the same for every type
// (who wrote it, in which order things are judged) stay in src/core/state.
import type { Bodies, EntryType } from '../entry/bodies.ts';
import type { Entry } from '../entry/Entry.ts';
import type { Reader } from '../entry/shape.ts';
import type { DeviceKey, EntryIdText, Member, MemberKey, NetworkState, VerifiedEntry } from '../state/NetworkState.ts';
import type { Order } from '../state/Order.ts';
import type { Rejection } from '../state/Rejection.ts';

/** What is known of an ordinary entry when it is judged: its id and who wrote it. */
export interface Judged {
  id: EntryIdText;
  /** The member whose device wrote it (the writer counts: applyEntry.ts checked), or a one-time key. */
  me: MemberKey;
}

/** What is known of an ordinary entry when it is applied. */
export interface Applied {
  id: EntryIdText;
  /** The member whose device wrote it (or the device's key if it has no member). */
  author: MemberKey;
  device: DeviceKey;
  /** The device that helped write it (a kiosk), base64url, or null. */
  via: DeviceKey | null;
  /** Its place among the member's own entries: later wins. */
  order: Order;
}

/**
 * An entry that does not change who may do what (step 4 of deriveState): judged against
 * the membership that the authority entries left, in any order (applying them commutes).
 */
export interface OrdinaryRule<T extends EntryType> {
  kind: 'ordinary';
  /**
   * Who may write it. Absent: a member's device whose writing counts. `one-time-key`: any key
   * that wrote nothing else (an anonymous answer, together §6); `me` is then that key.
   */
  writer?: 'one-time-key';
  /** The body's exact shape (src/core/entry/bodies.ts, where every shape is listed). */
  body: Reader<Bodies[T]>;
  /**
   * The entry this one refers to and whose rules it depends on, or null. An entry with
   * one is judged after those without (lowest id first), and waits until it is there.
   */
  reference(entry: Entry<T>): Uint8Array | null;
  /** Why this entry does not count, or null if it does. */
  refusal(state: NetworkState, entry: Entry<T>, at: Judged): Rejection | null;
  /** What it changes; only called after refusal said null. */
  apply(state: NetworkState, entry: Entry<T>, at: Applied): void;
  /**
   * False when applying this entry on its own to the current state could give another
   * state than deriving everything again (then the ledger derives again). Absent: true.
   */
  inPlace?(state: NetworkState, entry: Entry<T>, id: EntryIdText): boolean;
}

/** What is known of an authority entry written before there is a member to write it. */
export interface Unwritten {
  id: EntryIdText;
  /** The writing key, base64url: the founder's or the newcomer's. */
  author: DeviceKey;
}

/** What is known of an authority entry of an admitted member whose writing counts. */
export interface Written extends Unwritten {
  member: Member;
  /** Every chained join request, by id: what an admission or a decline answers. */
  joins: ReadonlyMap<EntryIdText, VerifiedEntry>;
  /**
   * A removal of someone who removed this entry's author at the same time
   * (src/core/state/strongRemoval.ts): both stand, so even the last coordinator or the
   * last device may go.
   */
  mutual: boolean;
  /** Is `earlier` in the causal past of `later`? (A vouch counts only the voices it had seen.) */
  inPast(earlier: EntryIdText, later: EntryIdText): boolean;
  /**
   * Device keys claimed by more than a bare word, each with the members it is claimed for
   * (src/core/state/deviceClaims.ts): a device-add without a proof of one of these counts
   * only for one of those members.
   */
  claimed: ReadonlyMap<DeviceKey, ReadonlySet<string>>;
  /** Is this `checkpoint` entry false (its summary is not the summary of its frontier, src/core/checkpoint)? */
  falseCheckpoint(id: EntryIdText): boolean;
}

/**
 * An entry that changes who may do what, or that only a coordinator may write (step 3):
 * judged one at a time in causal order (src/core/state/authorityOrder.ts), each against
 * the state the ones before it left. So refusing and applying are one step: `act` either
 * says why not, or changes the state and says null.
 */
export type AuthorityRule<T extends EntryType> = {
  kind: 'authority';
  body: Reader<Bodies[T]>;
} & (
  | {
      /**
       * founder: only the network's own genesis gets this far (chains.ts).
       * newcomer: anyone may ask to join, once the network has begun.
       */
      writer: 'founder' | 'newcomer';
      act(state: NetworkState, entry: Entry<T>, at: Unwritten): Rejection | null;
    }
  | {
      /**
       * member: any admitted member (about their own devices, or their voice: vouch).
       * coordinator: an admitted coordinator; the act is listed in the state's acts.
       */
      writer: 'member' | 'coordinator';
      act(state: NetworkState, entry: Entry<T>, at: Written): Rejection | null;
    }
);

export type EntryRule<T extends EntryType> = OrdinaryRule<T> | AuthorityRule<T>;

/** A named entry that is not there: waits (missing-ref), or is one it may not name (bad-ref). */
export function absent(state: NetworkState, id: EntryIdText): Rejection {
  return state.chain.has(id) ? 'bad-ref' : 'missing-ref';
}
