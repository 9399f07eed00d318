// link: a coordinator writes this network's half of a link with another network
// (docs/protocol-links.md §1): the peer, the peer's roster, ours as our offer sent it, and
// the agreed terms. The link is open once the peer's half is there too, naming the same two
// rosters (settleLinks.ts).
import { idFromText, toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import type { Entry } from '../entry/Entry.ts';
import { linkId } from '../links/linkId.ts';
import { rosterStep } from '../links/rosters.ts';
import { hasRole } from '../state/membership.ts';
import type { NetworkState } from '../state/NetworkState.ts';
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
    if (!oursIsOurs(state, entry)) return 'not-roster';
    const { terms } = entry.body;
    const linkIdText = toBase64Url(linkId(idFromText(own), entry.body.peer, terms));
    if (state.links.has(linkIdText)) return 'already-decided';
    const { roster, coordinators } = entry.body;
    state.links.set(linkIdText, {
      id: linkIdText,
      peer,
      name: entry.body.name,
      terms,
      own: id,
      secret: entry.body.secret,
      peerLink: null,
      open: false,
      rosters: { own: [], peer: [rosterStep(id, entry.time, roster, coordinators)] },
      attestations: { own: [], peer: [] },
      peerRefused: [],
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

/**
 * Our roster as the half names it (`ours`): its first `ourCoordinators` keys live devices of
 * our coordinators, the rest of our coordinators or kiosks, and the author's key among the
 * coordinators'. What the peer takes our word through, so it must be ours.
 */
function oursIsOurs(state: NetworkState, entry: Entry<'link'>): boolean {
  const { ours, ourCoordinators } = entry.body;
  const isDevice = (key: Uint8Array, coordinatorOnly: boolean) => {
    const device = state.devices.get(toBase64Url(key));
    if (!device || device.removed) return false;
    const member = state.members.get(device.member);
    return hasRole(member, 'coordinator') || (!coordinatorOnly && hasRole(member, 'kiosk'));
  };
  if (!ours.every((key, i) => isDevice(key, i < ourCoordinators))) return false;
  const author = toBase64Url(entry.author);
  return ours.slice(0, ourCoordinators).some((key) => toBase64Url(key) === author);
}
