// signal: a private word to the coordinators ("this is too much for me"), sealed to them.
// Anyone who counts may send one.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import type { OrdinaryRule } from './EntryRule.ts';

export const signal: OrdinaryRule<'signal'> = {
  kind: 'ordinary',
  body: bodyReaders.signal,
  reference: () => null,
  refusal: () => null,
  apply(state, entry, { id, author }) {
    state.signals.set(id, {
      id,
      from: author,
      post: entry.body.post ? toBase64Url(entry.body.post) : null,
      time: entry.time,
      sealed: entry.body.sealed,
    });
  },
};
