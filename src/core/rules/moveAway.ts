// move-away: a member consents to move to the peer network (docs/protocol-links.md §5).
// On its own it changes nothing; with the move-out and the peer's move-in it moves the
// member's balance across (settleLinks.ts, moves.ts).
import { bodyReaders } from '../entry/bodies.ts';
import type { OrdinaryRule } from './EntryRule.ts';
import { keepForLink, liveLink } from './linkHelpers.ts';

export const moveAway: OrdinaryRule<'move-away'> = {
  kind: 'ordinary',
  body: bodyReaders['move-away'],
  reference: () => null,
  refusal(state, entry) {
    const link = liveLink(state, entry.body.link);
    return typeof link === 'string' ? link : null;
  },
  apply(state, entry, { id }) {
    keepForLink(state, id, entry);
  },
  inPlace: () => false,
};
