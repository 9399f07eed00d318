// Where a network's room is and how to get in: the room name (shown to the relay) and the
// room secret (never shown to any server). Both live in the URL fragment, which browsers
// do not send to servers.
import { fromBase64Url, toBase64Url } from '../core/encoding/base64url.ts';

export interface RoomAddress {
  /** Public name of the y-webrtc room: random, says nothing about the neighbourhood. */
  room: string;
  /** Room password: encrypts signalling; only members know it. */
  secret: string;
  /** Signalling relays given in the link (ws: or wss:), if any. */
  relays: string[];
}

const secretBytes = 32;
const roomBytes = 16;

export function newRoomAddress(randomBytes: (length: number) => Uint8Array): RoomAddress {
  return {
    room: toBase64Url(randomBytes(roomBytes)),
    secret: toBase64Url(randomBytes(secretBytes)),
    relays: [],
  };
}

export function formatRoomFragment(address: RoomAddress): string {
  const params = new URLSearchParams({ room: address.room, key: address.secret });
  for (const relay of address.relays) params.append('relay', relay);
  return `#${params.toString()}`;
}

export type RoomFragment = { kind: 'none' } | { kind: 'invalid' } | { kind: 'room'; address: RoomAddress };

export function parseRoomFragment(hash: string): RoomFragment {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text === '') return { kind: 'none' };
  const params = new URLSearchParams(text);
  const room = params.get('room');
  const secret = params.get('key');
  if (room === null && secret === null) return { kind: 'none' };
  if (!room || !secret) return { kind: 'invalid' };
  if (fromBase64Url(room)?.length !== roomBytes) return { kind: 'invalid' };
  if (fromBase64Url(secret)?.length !== secretBytes) return { kind: 'invalid' };
  const relays = params.getAll('relay');
  if (!relays.every(isRelayUrl)) return { kind: 'invalid' };
  return { kind: 'room', address: { room, secret, relays } };
}

export function isRelayUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'ws:' || url.protocol === 'wss:') && url.hash === '';
  } catch {
    return false;
  }
}
