// What is sealed in this protocol, for whom, and bound to what (the associated data), so a
// box cannot be lifted from one place and replayed in another.
import { open, type SealedBox, seal } from './crypto/sealedBox.ts';
import { decodeCanonical, encodeCanonical } from './encoding/canonical.ts';
import type { Identity } from './Identity.ts';
import type { Profile } from './state/NetworkState.ts';

const encoder = new TextEncoder();

function context(purpose: string, ...parts: (Uint8Array | number)[]): Uint8Array {
  return encodeCanonical([`buurtruil ${purpose} v1`, ...parts]);
}

/**
 * The genesis entry seals the first room secret before the network has an id (the id is
 * the hash of that very entry), so it is bound to 32 zero bytes instead.
 */
export const genesisSealNet = new Uint8Array(32);

/** A room secret for one epoch, for the members who may read the network. */
export function sealRoomSecret(
  secret: Uint8Array,
  recipients: readonly Uint8Array[],
  net: Uint8Array,
  epoch: number,
): SealedBox {
  return seal(secret, recipients, context('room secret', net, epoch));
}

export function openRoomSecret(box: SealedBox, me: Identity, net: Uint8Array, epoch: number): Uint8Array | null {
  return open(box, me.box, context('room secret', net, epoch));
}

/** A newcomer's join request, readable by the coordinators only (the lobby is public). */
export interface JoinDetails extends Profile {
  /** A few words for the coordinator, and optional contact details. */
  note: string;
  contact: string;
}

export function sealJoinDetails(
  details: JoinDetails,
  coordinators: readonly Uint8Array[],
  net: Uint8Array,
  author: Uint8Array,
): SealedBox {
  return seal(encodeCanonical(details), coordinators, context('join', net, author));
}

export function openJoinDetails(box: SealedBox, me: Identity, net: Uint8Array, author: Uint8Array): JoinDetails | null {
  const bytes = open(box, me.box, context('join', net, author));
  if (!bytes) return null;
  try {
    const value = decodeCanonical(bytes) as JoinDetails;
    return typeof value?.name === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** A private message: readable by its recipient and its sender, nobody else. */
export function sealMessage(
  text: string,
  from: Identity,
  toBoxKey: Uint8Array,
  author: Uint8Array,
  to: Uint8Array,
): SealedBox {
  return seal(encoder.encode(text), [toBoxKey, from.box.publicKey], context('message', author, to));
}

export function openMessage(box: SealedBox, me: Identity, author: Uint8Array, to: Uint8Array): string | null {
  const bytes = open(box, me.box, context('message', author, to));
  return bytes ? new TextDecoder().decode(bytes) : null;
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
  return bytes ? new TextDecoder().decode(bytes) : null;
}
