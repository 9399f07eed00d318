// What is sealed in this protocol, for whom, and bound to what (the associated data), so a
// box cannot be lifted from one place and replayed in another. What comes out of a box is
// read as strictly as an entry: a box is as much a peer's bytes as the entry carrying it.
import { open, type SealedBox, seal } from './crypto/sealedBox.ts';
import { decodeCanonical, encodeCanonical } from './encoding/canonical.ts';
import { idLength } from './entry/Entry.ts';
import { list, record, text } from './entry/shape.ts';
import type { Identity } from './Identity.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function context(purpose: string, ...parts: (Uint8Array | number)[]): Uint8Array {
  return encodeCanonical([`buurtruil ${purpose} v2`, ...parts]);
}

/**
 * The genesis entry seals the first room and lobby secrets before the network has an id
 * (the id is the hash of that very entry), so they are bound to zero bytes instead.
 */
export const genesisSealNet = new Uint8Array(idLength);

/** A room secret for one epoch, for the devices that may read the network. */
export function sealRoomSecret(
  secret: Uint8Array,
  recipients: readonly Uint8Array[],
  net: Uint8Array,
  epoch: number,
): SealedBox {
  return seal(secret, recipients, context('room secret', net, epoch));
}

export function openRoomSecret(box: SealedBox, me: Identity, net: Uint8Array, epoch: number): Uint8Array | null {
  const secret = open(box, me.box, context('room secret', net, epoch));
  return secret?.length === 32 ? secret : null;
}

/** The lobby secret (what an invite carries), for the coordinators and the kiosk. */
export function sealLobbySecret(secret: Uint8Array, recipients: readonly Uint8Array[], net: Uint8Array): SealedBox {
  return seal(secret, recipients, context('lobby secret', net));
}

export function openLobbySecret(box: SealedBox, me: Identity, net: Uint8Array): Uint8Array | null {
  const secret = open(box, me.box, context('lobby secret', net));
  return secret?.length === 32 ? secret : null;
}

/** A newcomer's join request, readable by the coordinators only (the lobby is public). */
export interface JoinDetails {
  name: string;
  area: string;
  offers: string[];
  words: string;
  languages: string[];
  /** A few words for the coordinator, and optional contact details. */
  note: string;
  contact: string;
}

const readJoinDetails = record<JoinDetails>({
  name: text(60, 1),
  area: text(80),
  offers: list(text(40, 1), 40),
  words: text(500),
  languages: list(text(40, 1), 10),
  note: text(500),
  contact: text(200),
});

export function sealJoinDetails(
  details: JoinDetails,
  coordinators: readonly Uint8Array[],
  net: Uint8Array,
  author: Uint8Array,
): SealedBox {
  return seal(encodeCanonical(details), coordinators, context('join', net, author));
}

/** The details, or null if they are not for us, tampered with, or not of the right shape. */
export function openJoinDetails(box: SealedBox, me: Identity, net: Uint8Array, author: Uint8Array): JoinDetails | null {
  const bytes = open(box, me.box, context('join', net, author));
  if (!bytes) return null;
  try {
    return readJoinDetails(decodeCanonical(bytes), 'details');
  } catch {
    return null;
  }
}

/** A private message: readable by the devices of its recipient and its sender, nobody else. */
export function sealMessage(
  text: string,
  recipients: readonly Uint8Array[],
  author: Uint8Array,
  to: Uint8Array,
): SealedBox {
  return seal(encoder.encode(text), recipients, context('message', author, to));
}

export function openMessage(box: SealedBox, me: Identity, author: Uint8Array, to: Uint8Array): string | null {
  const bytes = open(box, me.box, context('message', author, to));
  return bytes ? decoder.decode(bytes) : null;
}

/** A coordinator's kind word with a decline, for the newcomer only. */
export function sealDeclineNote(
  text: string,
  newcomerBoxKey: Uint8Array,
  net: Uint8Array,
  member: Uint8Array,
): SealedBox {
  return seal(encoder.encode(text), [newcomerBoxKey], context('decline', net, member));
}

export function openDeclineNote(box: SealedBox, me: Identity, net: Uint8Array): string | null {
  const bytes = open(box, me.box, context('decline', net, me.signing.publicKey));
  return bytes ? decoder.decode(bytes) : null;
}

/** A coordinator's kind warning: for the member's devices and the coordinators. */
export function sealWarning(
  text: string,
  recipients: readonly Uint8Array[],
  net: Uint8Array,
  member: Uint8Array,
): SealedBox {
  return seal(encoder.encode(text), recipients, context('warning', net, member));
}

export function openWarning(box: SealedBox, me: Identity, net: Uint8Array, member: Uint8Array): string | null {
  const bytes = open(box, me.box, context('warning', net, member));
  return bytes ? decoder.decode(bytes) : null;
}

/** A member's private word to the coordinators (and their own devices). */
export function sealSignal(
  text: string,
  recipients: readonly Uint8Array[],
  net: Uint8Array,
  member: Uint8Array,
): SealedBox {
  return seal(encoder.encode(text), recipients, context('signal', net, member));
}

export function openSignal(box: SealedBox, me: Identity, net: Uint8Array, member: Uint8Array): string | null {
  const bytes = open(box, me.box, context('signal', net, member));
  return bytes ? decoder.decode(bytes) : null;
}

/** An idea for the coordinators only (together §5), bound to the network and its author. */
export function sealIdea(
  text: string,
  recipients: readonly Uint8Array[],
  net: Uint8Array,
  member: Uint8Array,
): SealedBox {
  return seal(encoder.encode(text), recipients, encodeCanonical(['buurtruil idea v3', net, member]));
}

export function openIdea(box: SealedBox, me: Identity, net: Uint8Array, member: Uint8Array): string | null {
  const bytes = open(box, me.box, encodeCanonical(['buurtruil idea v3', net, member]));
  return bytes ? decoder.decode(bytes) : null;
}

/** The kiosk's share of a card member's key (itself locked by the card's PIN), for coordinators and kiosks. */
export function sealCardShare(
  share: Uint8Array,
  recipients: readonly Uint8Array[],
  net: Uint8Array,
  member: Uint8Array,
): SealedBox {
  return seal(share, recipients, context('card share', net, member));
}

export function openCardShare(box: SealedBox, me: Identity, net: Uint8Array, member: Uint8Array): Uint8Array | null {
  return open(box, me.box, context('card share', net, member));
}

/** A link's room secret (protocol-links.md §1), for this network's coordinators and kiosks. */
export function sealLinkSecret(
  secret: Uint8Array,
  recipients: readonly Uint8Array[],
  net: Uint8Array,
  link: Uint8Array,
): SealedBox {
  return seal(secret, recipients, encodeCanonical(['buurtruil link secret v3', net, link]));
}

export function openLinkSecret(box: SealedBox, me: Identity, net: Uint8Array, link: Uint8Array): Uint8Array | null {
  const secret = open(box, me.box, encodeCanonical(['buurtruil link secret v3', net, link]));
  return secret?.length === 32 ? secret : null;
}
