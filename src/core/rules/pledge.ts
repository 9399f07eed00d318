// pledge: a member moves minutes into a plan's account (docs/protocol-together.md §3). Final
// until the plan is rejected or ends. Never refused for the member's balance (a payment
// made elsewhere may arrive later): the writing device refuses one past the credit limit
// (src/data/together/planCommands.ts), every device flags a balance past it. One dated
// after the plan's rejection or end does not count (plan-closed): the reckoning decides.
import { bodyReaders } from '../entry/bodies.ts';
import { settlePlan } from '../state/plans.ts';
import type { OrdinaryRule } from './EntryRule.ts';
import { planNamed } from './plan.ts';

export const pledge: OrdinaryRule<'pledge'> = {
  kind: 'ordinary',
  body: bodyReaders.pledge,
  reference: (entry) => entry.body.plan,
  refusal(state, entry, { me }) {
    const named = planNamed(state, entry.body.plan);
    if (typeof named === 'string') return named;
    return named.circle.length > 0 && !named.circle.includes(me) ? 'not-party' : null;
  },
  apply(state, entry, { id, author }) {
    const named = planNamed(state, entry.body.plan);
    if (typeof named === 'string') return;
    named.pledges.set(id, { id, member: author, minutes: entry.body.minutes, time: entry.time, entry });
    settlePlan(state, named);
  },
};
