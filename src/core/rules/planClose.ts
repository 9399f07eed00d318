// plan-close: a guide or a coordinator counts the votes on a plan, at or after its voteEnd
// (docs/protocol-together.md §3). The first close in causal order decides; recorded here
// with the members allowed to vote and the votes in its causal past, and counted by the
// reckoning (src/core/state/planReckoning.ts), which knows the plan's guides.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { recordPlanAct } from '../state/plans.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const planClose: AuthorityRule<'plan-close'> = {
  kind: 'authority',
  body: bodyReaders['plan-close'],
  writer: 'member',
  act(state, entry, at) {
    recordPlanAct(state, entry, toBase64Url(entry.body.plan), at);
    return null;
  },
};
