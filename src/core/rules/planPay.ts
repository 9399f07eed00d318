// plan-pay: a guide pays a member for work done, from the plan's account
// (docs/protocol-together.md §3): after an accepted close, before the end, and only what
// fits in what came in minus the payments before it (src/core/state/planReckoning.ts).
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { recordPlanAct } from '../state/plans.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const planPay: AuthorityRule<'plan-pay'> = {
  kind: 'authority',
  body: bodyReaders['plan-pay'],
  writer: 'member',
  act(state, entry, at) {
    recordPlanAct(state, entry, toBase64Url(entry.body.plan), at);
    return null;
  },
};
