// idea: a member's idea for the neighbourhood (docs/protocol-together.md §5), shared on the
// ideas board or sealed to the coordinators. Anyone who counts may write one; a coordinator
// takes a public one off the board with `hide-post`, as a post.
import { bodyReaders } from '../entry/bodies.ts';
import type { OrdinaryRule } from './EntryRule.ts';

export const idea: OrdinaryRule<'idea'> = {
  kind: 'ordinary',
  body: bodyReaders.idea,
  reference: () => null,
  refusal: () => null,
  apply(state, entry, { id, author }) {
    state.ideas.set(id, { id, author, text: entry.body.text, sealed: entry.body.sealed, time: entry.time });
  },
};
