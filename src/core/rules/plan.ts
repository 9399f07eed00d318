// plan: a member proposes a shared plan (docs/protocol-together.md §3), open for pledges and
// votes until a guide or a coordinator closes the vote. Its guides (and circle) are members;
// a circle holds its guides; it is done at most two years after it is written. What it
// holds and pays follows from the entries about it (src/core/state/plans.ts).
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders, maxPlanLength } from '../entry/bodies.ts';
import { isMember } from '../state/membership.ts';
import type { NetworkState } from '../state/NetworkState.ts';
import { emptyOutcome } from '../state/planReckoning.ts';
import { type Plan, settlePlan } from '../state/plans.ts';
import type { Rejection } from '../state/Rejection.ts';
import { absent, type OrdinaryRule } from './EntryRule.ts';

export const plan: OrdinaryRule<'plan'> = {
  kind: 'ordinary',
  body: bodyReaders.plan,
  reference: () => null,
  refusal(state, entry) {
    const guides = entry.body.guides.map(toBase64Url);
    const circle = entry.body.circle.map(toBase64Url);
    if (![...guides, ...circle].every((member) => isMember(state, member))) return 'unknown-member';
    if (circle.length > 0 && !guides.every((guide) => circle.includes(guide))) return 'mismatch';
    if (entry.body.doneBy > entry.time + maxPlanLength) return 'mismatch';
    return null;
  },
  apply(state, entry, { id, author }) {
    const created: Plan = {
      ...entry.body,
      id,
      author,
      created: entry.time,
      guides: entry.body.guides.map(toBase64Url),
      circle: entry.body.circle.map(toBase64Url),
      pledges: new Map(),
      outcome: emptyOutcome(),
    };
    state.plans.set(id, created);
    // Grants, votes and closes about it may be there already (authority entries are judged first).
    settlePlan(state, created);
  },
};

/** The plan an entry names, or why it cannot be used (waits, or names something else). */
export function planNamed(state: NetworkState, named: Uint8Array): Plan | Rejection {
  const id = toBase64Url(named);
  return state.plans.get(id) ?? absent(state, id);
}
