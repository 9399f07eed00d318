// The invite: what a newcomer needs to find the network's lobby. It is often printed on a
// poster, so it holds nothing that must stay secret from the neighbourhood: the network
// id, the lobby secret and the relays. It lives in the URL fragment (#...), which browsers
// never send to a server.
//
// The check is keyed with the lobby secret (HMAC-SHA-256, 8 bytes): a link mangled on the
// way (a truncated copy, a typo, a relay swapped by hand) fails it. It cannot stop someone
// who holds the whole invite from making another one; what stops a forged poster is that
// the network id names the genesis by its hash: the newcomer trusts the relays of the
// genesis (and the coordinators' later settings) as soon as it has them, and no other.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { fromBase64Url, toBase64Url } from './encoding/base64url.ts';
import { encodeCanonical } from './encoding/canonical.ts';
import { idLength } from './entry/Entry.ts';

export interface Invite {
  net: Uint8Array;
  lobbySecret: Uint8Array;
  relays: string[];
}

export type ParsedInvite = { kind: 'none' } | { kind: 'damaged' } | { kind: 'invite'; invite: Invite };

/** An invite names at most this many relays. */
const maxRelays = 8;

function check(invite: Invite): string {
  const mac = hmac(sha256, invite.lobbySecret, encodeCanonical(['buurtruil invite v2', invite.net, invite.relays]));
  return toBase64Url(mac.slice(0, 8));
}

export function formatInvite(invite: Invite): string {
  const params = new URLSearchParams({ net: toBase64Url(invite.net), lobby: toBase64Url(invite.lobbySecret) });
  for (const relay of invite.relays) params.append('relay', relay);
  params.append('check', check(invite));
  return `#${params.toString()}`;
}

export function parseInvite(fragment: string): ParsedInvite {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const params = new URLSearchParams(text);
  if (!params.has('net') && !params.has('lobby')) return { kind: 'none' };
  const net = fromBase64Url(params.get('net') ?? '');
  const lobbySecret = fromBase64Url(params.get('lobby') ?? '');
  const relays = params.getAll('relay');
  if (net?.length !== idLength || lobbySecret?.length !== 32) return { kind: 'damaged' };
  if (relays.length > maxRelays || !relays.every(isRelayUrl)) return { kind: 'damaged' };
  const invite = { net, lobbySecret, relays };
  return params.get('check') === check(invite) ? { kind: 'invite', invite } : { kind: 'damaged' };
}

export function isRelayUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'ws:' || url.protocol === 'wss:') && url.hash === '' && text.length <= 300;
  } catch {
    return false;
  }
}
