// plan-grant: a coordinator moves minutes from the pot into a plan's account
// (docs/protocol-together.md §3). Recorded here in causal order; it counts unless the plan
// was rejected or ended before it (src/core/state/planReckoning.ts).
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { recordPlanAct } from '../state/plans.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const planGrant: AuthorityRule<'plan-grant'> = {
  kind: 'authority',
  body: bodyReaders['plan-grant'],
  writer: 'coordinator',
  act(state, entry, at) {
    recordPlanAct(state, entry, toBase64Url(entry.body.plan), at);
    return null;
  },
};
