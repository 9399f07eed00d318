// Who can read the network. The network's entries travel in a room whose secret only
// admitted members hold; the invite (public, often a poster) opens only the lobby.
//
//   lobby room name   = "br-lobby-" + base64url(HMAC-SHA-256(lobby secret, "buurtruil lobby room v2"))[0..22]
//   member room name  = "br-" + base64url(HMAC-SHA-256(room secret, DAG-CBOR ["buurtruil room v2", epoch]))[0..22]
//   member room secret: 32 random bytes per epoch, sealed to every device that may read it:
//     epoch 0 by the founder in the genesis entry, later epochs in rekey entries, and the
//     secret of the current epoch in each admit (or enroll) entry.
// Room names come from the secrets, not from the network id: the relay's operator (who
// sees room names) cannot tell which network a room belongs to, and someone holding only
// the poster's invite cannot watch who is in the member room.
// Suspending a member is followed by a rekey sealed to everyone else: the suspended device
// keeps what it had, but cannot open the new secret, so it receives nothing new.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { maxSealRecipients } from './crypto/sealedBox.ts';
import { toBase64Url } from './encoding/base64url.ts';
import { encodeCanonical } from './encoding/canonical.ts';
import type { Identity } from './Identity.ts';
import { genesisSealNet, openLobbySecret, openRoomSecret } from './sealing.ts';
import type { NetworkState } from './state/NetworkState.ts';

const lobbyLabel = new TextEncoder().encode('buurtruil lobby room v2');

export function lobbyRoomName(lobbySecret: Uint8Array): string {
  return `br-lobby-${toBase64Url(hmac(sha256, lobbySecret, lobbyLabel)).slice(0, 22)}`;
}

export function memberRoomName(roomSecret: Uint8Array, epoch: number): string {
  return `br-${toBase64Url(hmac(sha256, roomSecret, encodeCanonical(['buurtruil room v2', epoch]))).slice(0, 22)}`;
}

/**
 * The room of the part of the member room's history after checkpoint `summary` (docs/protocol.md
 * §7.1): named by the epoch's secret, so a rekey renames every part as it renames the member room.
 */
export function partRoomName(roomSecret: Uint8Array, epoch: number, summary: Uint8Array): string {
  return `br-${toBase64Url(hmac(sha256, roomSecret, encodeCanonical(['buurtruil part v3', epoch, summary]))).slice(0, 22)}`;
}

/**
 * The rekey notice room of an epoch: it carries only rekey entries (sealed), so a device
 * that was away when the network moved to a new epoch (or was suspended and reinstated
 * since) learns the new room's secret from those who stayed: coordinators and kiosks keep
 * listening in the notice rooms of old epochs. Anyone who held the old secret may enter,
 * a suspended device too; it finds only boxes it cannot open.
 */
export function rekeyRoomName(roomSecret: Uint8Array, epoch: number): string {
  return `br-rekey-${toBase64Url(hmac(sha256, roomSecret, encodeCanonical(['buurtruil rekey room v2', epoch]))).slice(0, 22)}`;
}

export interface RoomKey {
  epoch: number;
  secret: Uint8Array;
}

/** Every room secret this identity can open, newest epoch first. */
export function roomKeysFor(state: NetworkState, me: Identity, net: Uint8Array): RoomKey[] {
  // Epoch 0 in state.epochs is the genesis seal, bound to genesisSealNet.
  const candidates = state.epochs.flatMap(({ epoch, secrets }) =>
    secrets.map((secret) => ({ epoch, secret, boundTo: epoch === 0 ? genesisSealNet : net })),
  );
  for (const [key, admission] of state.admissions) {
    if (state.devices.get(toBase64Url(me.signing.publicKey))?.member === key)
      candidates.push({ ...admission, boundTo: net });
  }
  candidates.sort((a, b) => b.epoch - a.epoch);
  const keys: RoomKey[] = [];
  for (const { epoch, secret, boundTo } of candidates) {
    if (keys.some((known) => known.epoch === epoch)) continue;
    const opened = openRoomSecret(secret, me, boundTo, epoch);
    if (opened) keys.push({ epoch, secret: opened });
  }
  return keys;
}

/** The newest room secret this identity can open, or null (not admitted, or cut off). */
export function roomKeyFor(state: NetworkState, me: Identity, net: Uint8Array): RoomKey | null {
  return roomKeysFor(state, me, net)[0] ?? null;
}

/** Whom a new epoch's secret is sealed to (every live device of every admitted member), in parts that each fit one rekey entry. */
export function readerGroups(state: NetworkState): Uint8Array[][] {
  const readers: Uint8Array[] = [];
  for (const member of state.members.values()) {
    if (member.status !== 'admitted') continue;
    for (const key of member.devices) {
      const device = state.devices.get(key);
      if (device && !device.removed) readers.push(device.boxKey);
    }
  }
  const groups: Uint8Array[][] = [];
  for (let i = 0; i < readers.length; i += maxSealRecipients) groups.push(readers.slice(i, i + maxSealRecipients));
  return groups;
}

/**
 * The newest lobby secret this identity can open: the invite a coordinator's device should
 * listen on. The genesis seals the first one (bound to zero bytes, like epoch 0); each
 * `invite` entry a newer one, or the current one again for a new coordinator or kiosk.
 */
export function lobbySecretFor(state: NetworkState, me: Identity, net: Uint8Array): Uint8Array | null {
  for (let i = state.invites.length - 1; i >= 0; i--) {
    const box = state.invites[i];
    const secret = box ? openLobbySecret(box, me, i === 0 ? genesisSealNet : net) : null;
    if (secret) return secret;
  }
  return null;
}
