// The invite: what a newcomer needs to find the network's lobby. It is often printed on a
// poster, so it holds nothing that must stay secret from the neighbourhood: the network
// id, the lobby secret and the relays. It lives in the URL fragment (#...), which browsers
// never send to a server. A short check catches a link that was mangled on the way
// (a truncated copy, a typo); it cannot stop a forgery, but a forged network id only
// leads to a lobby where no genesis with that id can ever appear.
import { hash } from './crypto/hash.ts';
import { fromBase64Url, toBase64Url } from './encoding/base64url.ts';
import { encodeCanonical } from './encoding/canonical.ts';

export interface Invite {
  net: Uint8Array;
  lobbySecret: Uint8Array;
  relays: string[];
}

export type ParsedInvite = { kind: 'none' } | { kind: 'damaged' } | { kind: 'invite'; invite: Invite };

function check(invite: Invite): string {
  return toBase64Url(
    hash(encodeCanonical(['buurtruil invite', invite.net, invite.lobbySecret, invite.relays])).slice(0, 6),
  );
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
  if (net?.length !== 32 || lobbySecret?.length !== 32) return { kind: 'damaged' };
  if (!relays.every(isRelayUrl)) return { kind: 'damaged' };
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
