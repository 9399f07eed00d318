// Where two linked networks' archive devices meet (protocol-links.md §2): a room named from
// the link secret alone, so a relay's operator cannot tell which networks it links, and
// whose signalling is encrypted with that secret, so nobody without it can enter.
//
//   link room name = "br-link-" + base64url(HMAC-SHA-256(link secret, "buurtruil link room v3"))[0..22]
//   password       = base64url(link secret)
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { toBase64Url } from '../../core/encoding/base64url.ts';
import type { RoomAddress } from '../RoomNetwork.ts';

const linkRoomLabel = new TextEncoder().encode('buurtruil link room v3');

export function linkRoomName(linkSecret: Uint8Array): string {
  return `br-link-${toBase64Url(hmac(sha256, linkSecret, linkRoomLabel)).slice(0, 22)}`;
}

/** The link room as the network adapters join it; the password is the secret, as text. */
export function linkRoomAddress(linkSecret: Uint8Array): RoomAddress {
  return { name: linkRoomName(linkSecret), password: toBase64Url(linkSecret) };
}
