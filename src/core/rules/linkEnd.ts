// link-end: a coordinator ends the link (docs/protocol-links.md §6). Of this network, only
// attestations up to `last` count from now on; nothing counted is undone. Which of two ends
// written at once counts is decided in settleLinks.ts by the rule both sides use (the
// earliest, time then id), not here in our causal order: so each is kept for it.

import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import type { AuthorityRule } from './EntryRule.ts';
import { keepForLink, namedLink } from './linkHelpers.ts';

export const linkEnd: AuthorityRule<'link-end'> = {
  kind: 'authority',
  body: bodyReaders['link-end'],
  writer: 'coordinator',
  act(state, entry, { id }) {
    const link = namedLink(state, entry.body.link);
    if (typeof link === 'string') return link;
    // Set for the rules of what comes after it (liveLink); settleLinks says which end it is.
    if (!link.ended.own) link.ended.own = { id, last: entry.body.last.map(toBase64Url), time: entry.time };
    keepForLink(state, id, entry);
    return null;
  },
};
