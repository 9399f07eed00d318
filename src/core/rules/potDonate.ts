// pot-donate: a member gives minutes to the community pot. Anyone who counts may.
import { bodyReaders } from '../entry/bodies.ts';
import { move } from '../state/accounts.ts';
import type { OrdinaryRule } from './EntryRule.ts';

export const potDonate: OrdinaryRule<'pot-donate'> = {
  kind: 'ordinary',
  body: bodyReaders['pot-donate'],
  reference: () => null,
  refusal: () => null,
  apply(state, entry, { author }) {
    move(state, author, null, entry.body.minutes);
  },
};
