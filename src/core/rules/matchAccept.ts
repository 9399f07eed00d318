// match-accept and match-decline: a member's answer about helping someone else with a
// post. Per post and pair, the member's latest answer (by time, then id) stands.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { isLater } from '../state/Order.ts';
import type { OrdinaryRule } from './EntryRule.ts';

/** The rule of either answer: they differ only in `accept`. */
export function matchAnswer<T extends 'match-accept' | 'match-decline'>(type: T): OrdinaryRule<T> {
  const accept = type === 'match-accept';
  return {
    kind: 'ordinary',
    body: bodyReaders[type],
    reference: () => null,
    refusal: (_state, entry, { me }) => (toBase64Url(entry.body.with) === me ? 'self' : null),
    apply(state, entry, { author, order }) {
      const key = `${toBase64Url(entry.body.post)} ${author} ${toBase64Url(entry.body.with)}`;
      const known = state.matchDecisions.get(key);
      if (!known || isLater(order, known.from)) state.matchDecisions.set(key, { accept, from: order });
    },
  };
}

export const matchAccept = matchAnswer('match-accept');
