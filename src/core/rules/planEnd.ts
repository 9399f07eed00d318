// plan-end: no more payments from a plan; what is left goes back to those who gave it
// (docs/protocol-together.md §3). By a guide or a coordinator, or after doneBy by any member
// who pledged; the first in causal order counts (src/core/state/planReckoning.ts).
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { recordPlanAct } from '../state/plans.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const planEnd: AuthorityRule<'plan-end'> = {
  kind: 'authority',
  body: bodyReaders['plan-end'],
  writer: 'member',
  act(state, entry, at) {
    recordPlanAct(state, entry, toBase64Url(entry.body.plan), at);
    return null;
  },
};
