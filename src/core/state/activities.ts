// Activities and what they pay (docs/protocol-together.md §1). An activity keeps what its
// entries said; the payments are derived from that alone, keyed by (activity, participant),
// so entries that arrive twice, late or in another order never pay anything twice.
import { type ActivityFields, type ActivityPay, maxPotMinutes } from '../entry/bodies.ts';
import { move } from './accounts.ts';
import type { DeviceKey, EntryIdText, MemberKey, NetworkState } from './NetworkState.ts';
import type { Order } from './Order.ts';

/** What one participant's presence pays the organiser: from the participant, from the pot. */
export interface ActivityPayment {
  member: number;
  pot: number;
}

export interface Activity extends ActivityFields {
  id: EntryIdText;
  organiser: MemberKey;
  via: DeviceKey | null;
  created: number;
  /**
   * The start the activity itself gave, which no update moves: an attendance is judged
   * against it, so whether a list counts never hangs on which update was applied first.
   */
  ownStarts: number;
  /** Which entry the fields are from: the activity, or the organiser's latest update. */
  updatedFrom: Order;
  /**
   * The organiser's first cancellation (by time, then id), or null. Any cancellation
   * cancels; a coordinator's is kept in the state (cancellationOf says whether either did).
   */
  cancelled: { by: MemberKey; reason: string; from: Order } | null;
  /** Each member's latest sign-up or sign-off: coming or not, and when they said so. */
  signUps: Map<MemberKey, { coming: boolean; from: Order }>;
  /** The organiser's latest attendance: who came. */
  attendance: { present: MemberKey[]; from: Order } | null;
  /** The counting `came` per member, its own: the lowest id (a coordinator's `came-for` is in the state: cameOf). */
  came: Map<MemberKey, EntryIdText>;
  /** What is paid now per participant; recomputed whole by settleActivity. */
  payments: Map<MemberKey, ActivityPayment>;
}

/** One participant's share of `worth`: what the participant pays, what the pot pays. */
export function sharesOf(worth: number, pay: ActivityPay): ActivityPayment {
  if (pay === 'participants') return { member: worth, pot: 0 };
  if (pay === 'pot') return { member: 0, pot: worth };
  const member = Math.floor(worth / 2);
  return { member, pot: worth - member };
}

/**
 * Whether the activity is cancelled, and by whom: the organiser's own `activity-cancel`
 * first, else a coordinator's `activity-call-off`.
 */
export function cancellationOf(state: NetworkState, activity: Activity): { by: MemberKey; reason: string } | null {
  return activity.cancelled ?? state.activitiesCalledOff.get(activity.id) ?? null;
}

/** Everyone who said they came: by their own `came`, or a card member by a coordinator's `came-for`. */
export function cameOf(state: NetworkState, activity: Activity): Set<MemberKey> {
  return new Set([...activity.came.keys(), ...(state.cameFor.get(activity.id)?.keys() ?? [])]);
}

/**
 * What the activity should pay, from its entries alone: for each member in the organiser's
 * latest attendance who said they came, their share, and the pot's once approved. The pot
 * pays one activity at most what one pot entry may move (protocol.md §5), in the order of
 * the organiser's list: a `came` costs a participant nothing when the pot pays, so without
 * a cap an approval would pay for as many friends as say they came (up to 400 hours).
 */
export function paymentsDue(state: NetworkState, activity: Activity): Map<MemberKey, ActivityPayment> {
  const due = new Map<MemberKey, ActivityPayment>();
  if (cancellationOf(state, activity) || !activity.attendance) return due;
  const approved = state.activityApprovals.has(activity.id);
  const pot = potShares(state, activity);
  for (const participant of activity.attendance.present) {
    const fromPot = pot.get(participant);
    if (fromPot === undefined) continue;
    due.set(participant, { member: sharesOf(activity.worth, activity.pay).member, pot: approved ? fromPot : 0 });
  }
  return due;
}

/** What the pot pays for each participant who came and was listed, approved or not. */
function potShares(state: NetworkState, activity: Activity): Map<MemberKey, number> {
  const shares = new Map<MemberKey, number>();
  const { pot } = sharesOf(activity.worth, activity.pay);
  const came = cameOf(state, activity);
  let left = maxPotMinutes;
  for (const participant of activity.attendance?.present ?? []) {
    if (!came.has(participant)) continue;
    const share = Math.min(pot, left);
    left -= share;
    shares.set(participant, share);
  }
  return shares;
}

/** Brings the balances to what the activity should pay now, moving only the difference. */
export function settleActivity(state: NetworkState, activity: Activity): void {
  const due = paymentsDue(state, activity);
  const participants = new Set([...activity.payments.keys(), ...due.keys()]);
  for (const participant of participants) {
    const before = activity.payments.get(participant) ?? { member: 0, pot: 0 };
    const after = due.get(participant) ?? { member: 0, pot: 0 };
    if (after.member !== before.member) move(state, participant, activity.organiser, after.member - before.member);
    if (after.pot !== before.pot) move(state, null, activity.organiser, after.pot - before.pot);
  }
  activity.payments = due;
}

/** The pot's part that waits for a coordinator's approval, in minutes. */
export function potWaiting(state: NetworkState, activity: Activity): number {
  if (state.activityApprovals.has(activity.id) || cancellationOf(state, activity) || !activity.attendance) return 0;
  let waiting = 0;
  for (const share of potShares(state, activity).values()) waiting += share;
  return waiting;
}
