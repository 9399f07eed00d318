// Shared plans as the page shows them (docs/protocol-together.md §3): what each needs and
// what came in, where it stands, this member's pledges and vote, and what they may do. A plan
// a coordinator hid shows only to those in it (author, guides, pledgers) and coordinators:
// its hours go on, and they must still see them.
import { hasRole } from '../../core/state/membership.ts';
import type { MemberKey } from '../../core/state/NetworkState.ts';
import type { PlanOutcome } from '../../core/state/plans.ts';
import type { SessionView } from '../session/SessionView.ts';

export interface PlanLine {
  id: string;
  title: string;
  text: string;
  /** Minutes it needs. */
  minutes: number;
  voteEnd: number;
  doneBy: number;
  guides: MemberKey[];
  /** A small circle's members, or empty: every member pledges and votes. */
  circle: MemberKey[];
  /** This member may pledge and vote: there is no circle, or it is in it. */
  mayTakePart: boolean;
  author: MemberKey;
  created: number;
  outcome: PlanOutcome;
  /** Votes now: yes and no (the decision's once closed). */
  yes: number;
  no: number;
  /** Minutes this member pledged (counting). */
  myPledged: number;
  /** This member's vote that counts now, if any. */
  myVote: boolean | null;
  guide: boolean;
  /** A coordinator hid it. */
  hidden: boolean;
}

export interface PlansView {
  plans: PlanLine[];
  coordinator: boolean;
  /** The rule a vote is decided by now: the network's policy (a plan keeps the one in force at its close). */
  voteShare: number;
  voteQuorum: number;
}

export function plansOf(view: SessionView): PlansView | null {
  const state = view.memberState;
  if (!state) return null;
  const me = view.memberKey;
  const coordinator = hasRole(state.members.get(me), 'coordinator');
  const plans: PlanLine[] = [];
  for (const plan of state.plans.values()) {
    const hidden = state.hiddenPosts.has(plan.id);
    const inIt =
      plan.author === me || plan.guides.includes(me) || [...plan.pledges.values()].some((p) => p.member === me);
    if (hidden && !inIt && !coordinator) continue;
    const votes = [...plan.outcome.votes.values()];
    let myPledged = 0;
    for (const pledge of plan.pledges.values()) {
      if (pledge.member === me && plan.outcome.verdicts.get(pledge.id) === null) myPledged += pledge.minutes;
    }
    plans.push({
      id: plan.id,
      title: plan.title,
      text: plan.text,
      minutes: plan.minutes,
      voteEnd: plan.voteEnd,
      doneBy: plan.doneBy,
      guides: plan.guides,
      circle: plan.circle,
      mayTakePart: plan.circle.length === 0 || plan.circle.includes(me),
      author: plan.author,
      created: plan.created,
      outcome: plan.outcome,
      yes: votes.filter(Boolean).length,
      no: votes.filter((yes) => !yes).length,
      myPledged,
      myVote: plan.outcome.votes.get(me) ?? null,
      guide: plan.guides.includes(me),
      hidden,
    });
  }
  // Open and running plans first, then the newest.
  const finished = (line: PlanLine) => (line.outcome.status === 'rejected' || line.outcome.status === 'ended' ? 1 : 0);
  plans.sort((a, b) => finished(a) - finished(b) || b.created - a.created || (a.id < b.id ? -1 : 1));
  const { voteShare, voteQuorum } = state.policy;
  return { plans, coordinator, voteShare, voteQuorum };
}
