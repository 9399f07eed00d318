// What the rules of the link types share: the link an entry names (it must be one of this
// network's, `no-link` otherwise — so a record replayed into a third network is refused
// there), and keeping the entry for settleLinks, which judges it with the peer's.
import { toBase64Url } from '../encoding/base64url.ts';
import type { Entry } from '../entry/Entry.ts';
import type { Link } from '../links/LinkState.ts';
import type { EntryIdText, NetworkState } from '../state/NetworkState.ts';
import type { Rejection } from '../state/Rejection.ts';

/** The link this network made that `link` names, or why not. */
export function namedLink(state: NetworkState, link: Uint8Array): Link | 'no-link' {
  return state.links.get(toBase64Url(link)) ?? 'no-link';
}

/** The named link, still going on our side (no own `link-end` counted before), or why not. */
export function liveLink(state: NetworkState, link: Uint8Array): Link | Rejection {
  const found = namedLink(state, link);
  if (typeof found === 'string') return found;
  return found.ended.own ? 'link-ended' : found;
}

/** Keeps an own entry that its rule let through, for settleLinks to judge with the peer's. */
export function keepForLink(state: NetworkState, id: EntryIdText, entry: Entry): void {
  state.linkItems.push({ side: 'own', idText: id, entry });
}
