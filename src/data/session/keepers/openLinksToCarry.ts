// THE SEAM between a network's state and its link rooms: which links this device carries
// (protocol-links.md §2), each with its room secret opened from our `link` entry's box.
// A link is carried from the moment our own half counts, not only once it is open: the
// peer's half, which opens it, arrives through the link room. It is carried until both
// sides' `link-end` are there: after our end, our end itself must still cross, and the
// peer's attestations until its devices see it (§6).
// The secret is sealed in our `link` and sealed anew in each `link-roster` of ours that
// counts (for devices added since); the newest box this device can open is used.
// With each link go whose word of the peer the carrier takes (src/sync/links/PeerTrust.ts):
// the keys on the peer's rosters (every step; the first is the one our `link` names, so the
// peer's `link` is let in before it opens the link) and the ids its counted attestations name;
// and our own rosters' keys, whose entries of ours only the link room holds come home.
// The box is opened by `openSecret` (the session passes core's openLinkSecret for this
// device's identity; a device the secret was not sealed to carries nothing).
import type { SealedBox } from '../../../core/crypto/sealedBox.ts';
import { fromBase64Url, toBase64Url } from '../../../core/encoding/base64url.ts';
import type { Bodies } from '../../../core/entry/bodies.ts';
import { toCarryOut } from '../../../core/links/carry.ts';
import type { Link } from '../../../core/links/LinkState.ts';
import type { NetworkState } from '../../../core/state/NetworkState.ts';
import type { LinkToCarry } from '../../../sync/links/LinkRooms.ts';

/** Opens the link room secret sealed in our `link` entry, for this device; null if it cannot. */
export type LinkSecretOpener = (box: SealedBox, link: Link) => Uint8Array | null;

/** The links to carry now, with their opened secrets and our entries that go out: the list LinkRooms.follow takes. */
export function openLinksToCarry(state: NetworkState, openSecret: LinkSecretOpener): LinkToCarry[] {
  const carried: LinkToCarry[] = [];
  for (const link of state.links.values()) {
    if (link.ended.own && link.ended.peer) continue;
    const secret = openedLinkSecret(state, link, openSecret);
    const id = fromBase64Url(link.id);
    const peer = fromBase64Url(link.peer);
    // Our entries go out once our rules counted them (§2: attested after they counted).
    if (secret && id && peer)
      carried.push({
        link: id,
        peer,
        secret,
        out: toCarryOut(state, link.id),
        peerKeys: rosterKeys(link.rosters.peer),
        ownKeys: rosterKeys(link.rosters.own),
        attested: peerAttested(state, link),
      });
  }
  return carried;
}

/** Every key on any step of a side's rosters, each once. */
function rosterKeys(steps: Link['rosters']['peer']): Uint8Array[] {
  const keys = new Set<string>();
  for (const step of steps) for (const key of step.keys) keys.add(key);
  return [...keys].map(fromBase64Url).filter((key): key is Uint8Array => key !== null);
}

/** The ids (base64url) the peer's attestations that count name. */
function peerAttested(state: NetworkState, link: Link): string[] {
  const ids: string[] = [];
  for (const attestation of link.attestations.peer) {
    const entry = state.foreignApplied.get(`${link.peer}.${attestation}`);
    if (entry?.type === 'link-attest')
      for (const id of (entry.body as Bodies['link-attest']).entries) ids.push(toBase64Url(id));
  }
  return ids;
}

/** The boxes the link secret is sealed in for us: our `link-roster`s that count, newest first, then our `link`. */
function secretBoxes(state: NetworkState, link: Link): SealedBox[] {
  const ours = new Map(
    state.linkItems
      .filter((item) => item.side === 'own' && item.entry.type === 'link-roster')
      .map((item) => [item.idText, (item.entry.body as Bodies['link-roster']).secret]),
  );
  const boxes: SealedBox[] = [];
  for (const step of [...link.rosters.own].reverse()) {
    const box = ours.get(step.id);
    if (box) boxes.push(box);
  }
  boxes.push(link.secret);
  return boxes;
}

/** The link room secret as this device opens it from the newest box sealed to it, or null. */
export function openedLinkSecret(state: NetworkState, link: Link, openSecret: LinkSecretOpener): Uint8Array | null {
  for (const box of secretBoxes(state, link)) {
    const secret = openSecret(box, link);
    if (secret) return secret;
  }
  return null;
}
