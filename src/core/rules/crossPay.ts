// cross-pay: a member pays a member of the peer network (docs/protocol-links.md §4). It is
// judged here like a transfer (the payer's writing counts) and against the link; whether
// it moves hours depends on both networks' attestations, settled in settleLinks.ts.
import { bodyReaders } from '../entry/bodies.ts';
import type { OrdinaryRule } from './EntryRule.ts';
import { keepForLink, namedLink } from './linkHelpers.ts';

export const crossPay: OrdinaryRule<'cross-pay'> = {
  kind: 'ordinary',
  body: bodyReaders['cross-pay'],
  reference: () => null,
  refusal(state, entry) {
    // Not refused once the link ended: step 4 knows no causal order with the end, and
    // the ending side's attestations past its `last` do not count anyway (settleLinks.ts).
    const link = namedLink(state, entry.body.link);
    return typeof link === 'string' ? link : null;
  },
  apply(state, entry, { id }) {
    keepForLink(state, id, entry);
  },
  // Whether it counts depends on the attestations of both sides: settled when deriving.
  inPlace: () => false,
};
