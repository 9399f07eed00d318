// roster: a statement for the lobby of who the coordinators are now (src/core/lobbyRoster.ts
// reads it there). The member room, which knows every act, has no use for it: it counts
// like any entry of a member whose device counts, and changes nothing.
import { bodyReaders } from '../entry/bodies.ts';
import type { OrdinaryRule } from './EntryRule.ts';

export const roster: OrdinaryRule<'roster'> = {
  kind: 'ordinary',
  body: bodyReaders.roster,
  reference: () => null,
  refusal: () => null,
  apply() {},
};
