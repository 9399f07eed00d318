// link: a coordinator writes this network's half of a link with another network
// (docs/protocol-links.md §1): the peer, the peer's roster and the agreed terms. The link
// is open once the peer's half is there too (settleLinks.ts).
import { idFromText, toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { linkId } from '../links/linkId.ts';
import type { AuthorityRule } from './EntryRule.ts';
import { keepForLink } from './linkHelpers.ts';

export const link: AuthorityRule<'link'> = {
  kind: 'authority',
  body: bodyReaders.link,
  writer: 'coordinator',
  act(state, entry, { id }) {
    const own = state.networkId;
    const peer = toBase64Url(entry.body.peer);
    if (peer === own) return 'self';
    const { terms } = entry.body;
    const linkIdText = toBase64Url(linkId(idFromText(own), entry.body.peer, terms));
    if (state.links.has(linkIdText)) return 'already-decided';
    state.links.set(linkIdText, {
      id: linkIdText,
      peer,
      name: entry.body.name,
      terms,
      own: id,
      secret: entry.body.secret,
      peerLink: null,
      open: false,
      rosters: { own: [], peer: [{ id, time: entry.time, keys: new Set(entry.body.roster.map(toBase64Url)) }] },
      attestations: { own: [], peer: [] },
      attestedSum: { own: 0, peer: 0 },
      heads: { own: [], peer: [] },
      ended: { own: null, peer: null },
      records: new Map(),
      statements: { own: null, peer: null },
      mirror: null,
      shares: new Map(),
      peerPosts: new Map(),
      messages: new Map(),
      moves: new Map(),
    });
    keepForLink(state, id, entry);
    return null;
  },
};
