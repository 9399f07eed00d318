// cut-more: more heads for a later act of the same member's (a suspension, a move, a
// device retired) when there are more than one act can name (src/core/state/cutHeads.ts
// reads them). On its own it changes nothing, and it is no coordinator's act.
import { bodyReaders } from '../entry/bodies.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const cutMore: AuthorityRule<'cut-more'> = {
  kind: 'authority',
  body: bodyReaders['cut-more'],
  writer: 'member',
  act: () => null,
};
