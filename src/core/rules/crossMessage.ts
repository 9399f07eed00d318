// cross-message: a member writes to a member of the peer network (docs/protocol-links.md
// §3), sealed to the receiver's and the sender's box keys (src/core/links/crossSealing.ts).
// The peer counts it once its archive device attested it (settleLinks.ts).
import { bodyReaders } from '../entry/bodies.ts';
import type { OrdinaryRule } from './EntryRule.ts';
import { keepForLink, namedLink } from './linkHelpers.ts';

export const crossMessage: OrdinaryRule<'cross-message'> = {
  kind: 'ordinary',
  body: bodyReaders['cross-message'],
  reference: () => null,
  refusal(state, entry) {
    const link = namedLink(state, entry.body.link);
    return typeof link === 'string' ? link : null;
  },
  apply(state, entry, { id }) {
    keepForLink(state, id, entry);
  },
  inPlace: () => false,
};
