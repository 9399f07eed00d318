// The agenda as the pages show it, from the member room's state: activities not cancelled
// whose end is still to come, soonest first, with who signed up (in the order they say
// they did: shown, not enforced) and, after the activity, who came and what it pays.

import type { ActivityPay } from '../../core/entry/bodies.ts';
import { type Activity, cameOf, cancellationOf, potWaiting, sharesOf } from '../../core/state/activities.ts';
import { hasRole } from '../../core/state/membership.ts';
import type { MemberKey, NetworkState } from '../../core/state/NetworkState.ts';
import type { SessionView } from '../session/SessionView.ts';

export interface AgendaItem {
  activity: Activity;
  /** Members coming, in the order they signed up (by time, then id). */
  coming: MemberKey[];
  /** The first `seats` of `coming` (all when seats is 0); the rest are the waiting list. */
  seated: MemberKey[];
  waiting: MemberKey[];
  /** Everyone who said they came, or a coordinator said it for (a card member). */
  came: ReadonlySet<MemberKey>;
  /** This member's part in it. */
  mine: { organiser: boolean; coming: boolean; listed: boolean; came: boolean };
  /** Minutes the pot's part waits for a coordinator's approval. */
  potWaiting: number;
  approved: boolean;
}

export interface Agenda {
  items: AgendaItem[];
  /** Activities that ended and this member organised or was listed in: for ticking and "Ik was er". */
  past: AgendaItem[];
  coordinator: boolean;
  /** Card members, for a coordinator's "was er" on their behalf. */
  cardMembers: MemberKey[];
  /** Who pays, as the form proposes it: the network's `activityPay` policy. */
  proposedPay: ActivityPay;
}

export function agendaItem(state: NetworkState, activity: Activity, me: MemberKey): AgendaItem {
  const coming = [...activity.signUps.entries()]
    .filter(([, said]) => said.coming)
    .sort(([, a], [, b]) => a.from.time - b.from.time || (a.from.id < b.from.id ? -1 : 1))
    .map(([member]) => member);
  const seats = activity.seats === 0 ? coming.length : activity.seats;
  const came = cameOf(state, activity);
  return {
    activity,
    coming,
    seated: coming.slice(0, seats),
    waiting: coming.slice(seats),
    came,
    mine: {
      organiser: activity.organiser === me,
      coming: coming.includes(me),
      listed: activity.attendance?.present.includes(me) ?? false,
      came: came.has(me),
    },
    potWaiting: potWaiting(state, activity),
    approved: state.activityApprovals.has(activity.id),
  };
}

/** The agenda now (`now`: the page's clock), or null while there is no member room. */
export function agendaAt(now: number): (view: SessionView) => Agenda | null {
  return (view) => {
    const state = view.memberState;
    if (!state) return null;
    const me = view.memberKey;
    const all = [...state.activities.values()]
      .filter((activity) => !cancellationOf(state, activity))
      .sort((a, b) => a.starts - b.starts || (a.id < b.id ? -1 : 1))
      .map((activity) => agendaItem(state, activity, me));
    const coordinator = hasRole(state.members.get(me), 'coordinator');
    return {
      items: all.filter((item) => item.activity.ends > now),
      past: all.filter(
        (item) =>
          item.activity.starts <= now &&
          (item.mine.organiser ||
            item.mine.listed ||
            item.mine.coming ||
            (coordinator && item.activity.pay !== 'participants')),
      ),
      coordinator,
      cardMembers: [...state.cards.keys()].filter((key) => state.members.get(key)?.status === 'admitted'),
      proposedPay: state.policy.activityPay,
    };
  };
}

/** Today's and this week's activities, for the kiosk's wall: from now to seven days on. */
export function kioskAgenda(state: NetworkState | null, now: number): { today: Activity[]; week: Activity[] } {
  if (!state) return { today: [], week: [] };
  const endOfDay = new Date(now);
  endOfDay.setHours(23, 59, 59, 999);
  const weekEnd = now + 7 * 24 * 60 * 60 * 1000;
  const open = [...state.activities.values()]
    .filter((activity) => !cancellationOf(state, activity) && activity.ends > now && activity.starts < weekEnd)
    .sort((a, b) => a.starts - b.starts || (a.id < b.id ? -1 : 1));
  return {
    today: open.filter((activity) => activity.starts <= endOfDay.getTime()),
    week: open.filter((activity) => activity.starts > endOfDay.getTime()),
  };
}

/** What one participant who came pays, and what the pot adds (docs/protocol-together.md §1). */
export { sharesOf };
