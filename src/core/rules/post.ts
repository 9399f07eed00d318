// post: an offer or a request on the board. Anyone who counts may post; it opens as
// 'open' and only its author changes or closes it (postUpdate.ts, postClose.ts).
import { bodyReaders } from '../entry/bodies.ts';
import type { OrdinaryRule } from './EntryRule.ts';

export const post: OrdinaryRule<'post'> = {
  kind: 'ordinary',
  body: bodyReaders.post,
  reference: () => null,
  refusal: () => null,
  apply(state, entry, { id, author, device, via, order }) {
    state.posts.set(id, {
      ...entry.body,
      id,
      author,
      device,
      via,
      created: entry.time,
      updated: entry.time,
      updatedFrom: order,
      status: 'open',
      closedFrom: null,
    });
  },
};
