// The link room (docs/protocol-links.md §2): a y-webrtc room only the two networks'
// coordinators' and kiosks' archive devices enter, named from the link secret so the
// relay's operator cannot tell which networks it joins, with the secret as its password.
// The secret travels sealed in each side's `link` entry, to that side's coordinators and
// kiosks, bound to the network and the link.
//
//   link room name = "br-link-" + base64url(HMAC-SHA-256(link secret, "buurtruil link room v3"))[0..22]
//   sealed secret  = seal(secret, box keys, DAG-CBOR ["buurtruil link secret v3", net, link id])
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { open, type SealedBox, seal } from '../crypto/sealedBox.ts';
import { toBase64Url } from '../encoding/base64url.ts';
import { encodeCanonical } from '../encoding/canonical.ts';
import type { Identity } from '../Identity.ts';

/** A link secret is 32 random bytes, made by one coordinator and sent over the pairing link. */
export const linkSecretLength = 32;

const roomLabel = new TextEncoder().encode('buurtruil link room v3');

export function linkRoomName(secret: Uint8Array): string {
  return `br-link-${toBase64Url(hmac(sha256, secret, roomLabel)).slice(0, 22)}`;
}

/** The room's password (y-webrtc encrypts signalling with it), as the other rooms spell theirs. */
export function linkRoomPassword(secret: Uint8Array): string {
  return toBase64Url(secret);
}

function secretData(net: Uint8Array, link: Uint8Array): Uint8Array {
  return encodeCanonical(['buurtruil link secret v3', net, link]);
}

/** The link secret for this network's `link` entry: sealed to its coordinators' and kiosks' box keys. */
export function sealLinkSecret(
  secret: Uint8Array,
  recipients: readonly Uint8Array[],
  net: Uint8Array,
  link: Uint8Array,
): SealedBox {
  return seal(secret, recipients, secretData(net, link));
}

export function openLinkSecret(box: SealedBox, me: Identity, net: Uint8Array, link: Uint8Array): Uint8Array | null {
  const secret = open(box, me.box, secretData(net, link));
  return secret?.length === linkSecretLength ? secret : null;
}
