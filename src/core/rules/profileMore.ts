// profile-more: the "ervaring met …" a member writes on their own profile (together §7).
// Free text the member chooses to share, never a field to fill in about someone; anyone
// who counts may write their own, and the latest (by time, then id) is theirs.
import { bodyReaders } from '../entry/bodies.ts';
import { isLater } from '../state/Order.ts';
import type { OrdinaryRule } from './EntryRule.ts';

export const profileMore: OrdinaryRule<'profile-more'> = {
  kind: 'ordinary',
  body: bodyReaders['profile-more'],
  reference: () => null,
  refusal: () => null,
  apply(state, entry, { author, order }) {
    const member = state.members.get(author);
    if (member && (!member.experience || isLater(order, member.experience.from))) {
      member.experience = { text: entry.body.experience, from: order };
    }
  },
};
