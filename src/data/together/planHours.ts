// A member's hours with shared plans as lines of "Mijn uren" (docs/protocol-together.md §3):
// each pledge that counts (hours out), each payment from a plan (hours in), and what came
// back when a plan was rejected or ended. Read from the plans' reckoning, so the lines add up
// to what the plans moved on the member's balance.
import type { NetworkState } from '../../core/state/NetworkState.ts';
import type { Plan } from '../../core/state/plans.ts';
import type { SessionView } from '../session/SessionView.ts';

export interface PlanHoursLine {
  /** The entry that moved the hours (a pledge, a payment, the close or end that gave back). */
  id: string;
  kind: 'pledge' | 'paid' | 'back';
  /** Signed: what this line did to the member's balance. */
  minutes: number;
  plan: string;
  title: string;
  /** A payment's "what"; empty otherwise. */
  what: string;
  time: number;
}

/** The plan lines of this member, newest first. */
export function planHours(view: SessionView): PlanHoursLine[] {
  const state = view.memberState;
  return state ? planHoursOf(state, view.memberKey) : [];
}

export function planHoursOf(state: NetworkState, member: string): PlanHoursLine[] {
  const lines: PlanHoursLine[] = [];
  for (const plan of state.plans.values()) {
    const line = (id: string, kind: PlanHoursLine['kind'], minutes: number, time: number, what = '') =>
      lines.push({ id, kind, minutes, plan: plan.id, title: plan.title, what, time });
    let given = 0;
    for (const pledge of plan.pledges.values()) {
      if (pledge.member !== member || plan.outcome.verdicts.get(pledge.id) !== null) continue;
      given += pledge.minutes;
      line(pledge.id, 'pledge', -pledge.minutes, pledge.time);
    }
    for (const payment of plan.outcome.payments) {
      if (payment.to === member) line(payment.id, 'paid', payment.minutes, payment.time, payment.what);
    }
    const back = given - (plan.outcome.out.get(member) ?? 0);
    const settled = settledBy(state, plan);
    if (back > 0 && settled) line(settled.id, 'back', back, settled.time);
  }
  return lines.sort((a, b) => b.time - a.time || (a.id < b.id ? 1 : -1));
}

/** The act that gave hours back: the end, or the close that rejected the plan. */
function settledBy(state: NetworkState, plan: Plan): { id: string; time: number } | null {
  const id = plan.outcome.ended ?? (plan.outcome.status === 'rejected' ? plan.outcome.decision?.close : null);
  return (id && state.planActs.get(plan.id)?.find((act) => act.id === id)) || null;
}
