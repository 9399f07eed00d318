// Which signalling relays to use, first match wins: the ones in the invite or the
// network's settings, the ones this site was built with (PUBLIC_BUURTRUIL_RELAY, comma
// separated), else the relay that serves this page (npm start serves both on one port).
import { isRelayUrl } from '../core/InviteLink.ts';

export function signallingUrls(fromNetwork: readonly string[], builtIn: string | undefined, page: URL): string[] {
  const own = fromNetwork.filter(isRelayUrl);
  if (own.length > 0) return own;
  const configured = (builtIn ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(isRelayUrl);
  if (configured.length > 0) return configured;
  const scheme = page.protocol === 'https:' ? 'wss:' : 'ws:';
  return [`${scheme}//${page.host}/signal`];
}

/** The relay that serves this page: what a new network lists by default. */
export function pageRelay(page: URL): string {
  const scheme = page.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${page.host}/signal`;
}
