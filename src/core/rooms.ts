// Who can read the network. The network's entries travel in a room whose secret only
// admitted members hold; the invite (public, often a poster) opens only the lobby.
//
//   lobby room name   = "br-lobby-" + base64url(SHA-256("buurtruil lobby" || net))[0..22]
//   member room name  = "br-" + base64url(SHA-256("buurtruil room" || net || epoch))[0..22]
//   member room secret: 32 random bytes per epoch, sealed to each member who may read it:
//     epoch 0 by the founder in the genesis entry, later epochs in rekey entries, and
//     the secret of the current epoch in each admit entry.
// Suspending a member is followed by a rekey sealed to everyone else: the suspended device
// keeps what it had, but cannot open the new secret, so it receives nothing new.
import { hash } from './crypto/hash.ts';
import { maxSealRecipients } from './crypto/sealedBox.ts';
import { toBase64Url } from './encoding/base64url.ts';
import { encodeCanonical } from './encoding/canonical.ts';
import type { Identity } from './Identity.ts';
import { genesisSealNet, openRoomSecret } from './sealing.ts';
import type { NetworkState } from './state/NetworkState.ts';

export function lobbyRoomName(net: Uint8Array): string {
  return `br-lobby-${toBase64Url(hash(encodeCanonical(['buurtruil lobby', net]))).slice(0, 22)}`;
}

export function memberRoomName(net: Uint8Array, epoch: number): string {
  return `br-${toBase64Url(hash(encodeCanonical(['buurtruil room', net, epoch]))).slice(0, 22)}`;
}

export interface RoomKey {
  epoch: number;
  secret: Uint8Array;
}

/** The newest room secret this identity can open, or null (not admitted, or cut off). */
export function roomKeyFor(state: NetworkState, me: Identity, net: Uint8Array): RoomKey | null {
  // Epoch 0 in state.epochs is the genesis seal, bound to genesisSealNet.
  const candidates = state.epochs.flatMap(({ epoch, secrets }) =>
    secrets.map((secret) => ({ epoch, secret, boundTo: epoch === 0 ? genesisSealNet : net })),
  );
  const admission = state.admissions.get(toBase64Url(me.signing.publicKey));
  if (admission) candidates.push({ ...admission, boundTo: net });
  candidates.sort((a, b) => b.epoch - a.epoch);
  for (const { epoch, secret, boundTo } of candidates) {
    const opened = openRoomSecret(secret, me, boundTo, epoch);
    if (opened) return { epoch, secret: opened };
  }
  return null;
}

/** Whom a new epoch's secret is sealed to, in parts that each fit one rekey entry. */
export function readerGroups(state: NetworkState): Uint8Array[][] {
  const readers = [...state.members.values()].filter((m) => m.status === 'admitted').map((m) => m.boxKey);
  const groups: Uint8Array[][] = [];
  for (let i = 0; i < readers.length; i += maxSealRecipients) groups.push(readers.slice(i, i + maxSealRecipients));
  return groups;
}
