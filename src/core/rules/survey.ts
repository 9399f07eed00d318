// survey: a coordinator starts a look back with the members (docs/protocol-together.md §6).
// An authority entry, judged in causal order: a coordinator removed before it cannot.
import { bodyReaders } from '../entry/bodies.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const survey: AuthorityRule<'survey'> = {
  kind: 'authority',
  body: bodyReaders.survey,
  writer: 'coordinator',
  act(state, entry, { id, member }) {
    const { title, questions, opens, closes } = entry.body;
    state.surveys.set(id, { id, author: member.key, title, questions, opens, closes });
    return null;
  },
};
