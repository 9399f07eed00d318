// vote: one member, one vote on a plan (docs/protocol-together.md §3). An authority entry, so
// that what a close counts is fixed by the close's causal past: a vote written after the
// close never counts, whatever time it claims. Not by a kiosk, nor through one. Whether the
// member is in the plan's circle, and which vote counts, is the reckoning's
// (src/core/state/planReckoning.ts).
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { recordPlanAct } from '../state/plans.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const vote: AuthorityRule<'vote'> = {
  kind: 'authority',
  body: bodyReaders.vote,
  writer: 'member',
  act(state, entry, at) {
    if (at.member.roles.has('kiosk') || entry.via !== null) return 'not-party';
    recordPlanAct(state, entry, toBase64Url(entry.body.plan), at);
    return null;
  },
};
