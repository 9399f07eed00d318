// profile: how a member presents themselves (name, area, what they offer). Anyone who
// counts may write their own; the latest of their profiles (by time, then id) is theirs.
import { bodyReaders } from '../entry/bodies.ts';
import { isLater } from '../state/Order.ts';
import type { OrdinaryRule } from './EntryRule.ts';

export const profile: OrdinaryRule<'profile'> = {
  kind: 'ordinary',
  body: bodyReaders.profile,
  reference: () => null,
  refusal: () => null,
  apply(state, entry, { author, order }) {
    const member = state.members.get(author);
    if (member && (!member.profileFrom || isLater(order, member.profileFrom))) {
      member.profile = entry.body;
      member.profileFrom = order;
    }
  },
};
