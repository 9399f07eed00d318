// The relays a coordinator types when starting a network: one or more ws:// or wss://
// addresses, separated by spaces, commas or new lines. Devices use every one that answers,
// so a network that lists two (its own and a neighbour organisation's) loses nothing when
// one is down.
import { isRelayUrl } from '../../core/InviteLink.ts';

/** As many as a network's settings may hold (src/core/entry/bodies.ts). */
export const mostRelays = 8;

export type RelayList =
  | { ok: true; relays: string[] }
  | { ok: false; problem: 'none' | 'bad' | 'too-many'; bad?: string };

export function parseRelayList(text: string): RelayList {
  const relays = [...new Set(text.split(/[\s,]+/).filter((part) => part !== ''))];
  if (relays.length === 0) return { ok: false, problem: 'none' };
  const bad = relays.find((relay) => !isRelayUrl(relay));
  if (bad !== undefined) return { ok: false, problem: 'bad', bad };
  if (relays.length > mostRelays) return { ok: false, problem: 'too-many' };
  return { ok: true, relays };
}

/** What the field shows at first: the relays this site was built with, else the page's own. */
export function defaultRelayText(builtIn: string | undefined, pageRelay: string): string {
  const configured = (builtIn ?? '')
    .split(',')
    .map((relay) => relay.trim())
    .filter(isRelayUrl);
  return configured.length > 0 ? configured.join(' ') : pageRelay;
}
