// link-end: a coordinator ends the link (docs/protocol-links.md §6). Of this network, only
// attestations up to `last` count from now on; nothing counted is undone.

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
    if (link.ended.own) return 'already-decided';
    link.ended.own = { id, last: entry.body.last.map(toBase64Url), time: entry.time };
    keepForLink(state, id, entry);
    return null;
  },
};
