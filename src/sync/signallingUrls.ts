// Which signalling relays to use, first match wins: the ones in the link, the ones this
// site was built with (PUBLIC_BUURTRUIL_RELAY, comma separated), else the relay that
// serves this page (npm start serves both on one port).
import { isRelayUrl } from './RoomAddress.ts';

export function signallingUrls(fromLink: readonly string[], builtIn: string | undefined, page: URL): string[] {
  if (fromLink.length > 0) return [...fromLink];
  const configured = (builtIn ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(isRelayUrl);
  if (configured.length > 0) return configured;
  const scheme = page.protocol === 'https:' ? 'wss:' : 'ws:';
  return [`${scheme}//${page.host}/signal`];
}
