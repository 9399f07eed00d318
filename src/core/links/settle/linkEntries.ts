// Which link each entry belongs to, before settleLinks.ts judges a link: our own link-type
// entries and the peer's foreign entries, grouped by link; a foreign entry of no link is kept aside.
import { idFromText, toBase64Url } from '../../encoding/base64url.ts';
import type { Bodies } from '../../entry/bodies.ts';
import type { Entry } from '../../entry/Entry.ts';
import type { EntryIdText, NetworkState } from '../../state/NetworkState.ts';
import type { Rejection } from '../../state/Rejection.ts';
import { isCrossingType, sharedPostTypes } from '../crossingTypes.ts';
import type { ForeignEntry, Link, LinkIdText } from '../LinkState.ts';
import { linkId } from '../linkId.ts';

/** The entries of one link, of both sides, before they are judged. */
export interface LinkEntries {
  own: { idText: EntryIdText; entry: Entry }[];
  peer: ForeignEntry[];
}

/**
 * Every link's entries (each link of the state has a group, if empty), and the peer's
 * entries that belong to a link by id. A foreign entry of no link goes to `foreignRejected`.
 */
export function entriesByLink(
  state: NetworkState,
  foreign: Iterable<ForeignEntry>,
): { byLink: Map<LinkIdText, LinkEntries>; foreignById: Map<EntryIdText, ForeignEntry> } {
  const byLink = new Map<LinkIdText, LinkEntries>();
  const entriesOf = (link: LinkIdText): LinkEntries => {
    let found = byLink.get(link);
    if (!found) {
      found = { own: [], peer: [] };
      byLink.set(link, found);
    }
    return found;
  };
  for (const link of state.links.values()) entriesOf(link.id);
  for (const item of state.linkItems) {
    const link =
      item.entry.type === 'link'
        ? [...state.links.values()].find((candidate) => candidate.own === item.idText)?.id
        : toBase64Url((item.entry.body as { link: Uint8Array }).link);
    if (link) entriesOf(link).own.push(item);
  }
  const foreignById = new Map<EntryIdText, ForeignEntry>();
  // The peer's entries a checkpoint settled (docs/protocol.md §4.8) are done: never judged again.
  const items = [...foreign].filter((item) => !state.checkpoint?.settled(item.idText));
  // A shared post names no link: it belongs to the link of a peer's share that names it.
  const sharedOn = new Map<string, LinkIdText>();
  for (const item of items) {
    if (item.entry.type !== 'post-share') continue;
    const link = foreignLink(state, item);
    const post = `${item.peer} ${toBase64Url((item.entry.body as Bodies['post-share']).post)}`;
    if (typeof link !== 'string' && !sharedOn.has(post)) sharedOn.set(post, link.id);
  }
  for (const item of items) {
    const link = sharedPostTypes.has(item.entry.type)
      ? sharedPostLink(state, item, sharedOn)
      : foreignLink(state, item);
    if (typeof link === 'string') state.foreignRejected.set(item.key, { reason: link, detail: '' });
    else {
      entriesOf(link.id).peer.push(item);
      foreignById.set(item.idText, item);
    }
  }
  return { byLink, foreignById };
}

/** The link of a peer's shared post (or its update or close), or why it is kept aside. */
function sharedPostLink(
  state: NetworkState,
  item: ForeignEntry,
  sharedOn: ReadonlyMap<string, LinkIdText>,
): Link | Rejection {
  const post = item.entry.type === 'post' ? item.idText : toBase64Url((item.entry.body as { post: Uint8Array }).post);
  const link = sharedOn.get(`${item.peer} ${post}`);
  return link ? (state.links.get(link) as Link) : 'not-shared';
}

/** The link a foreign entry belongs to, or why it is kept aside. */
function foreignLink(state: NetworkState, item: ForeignEntry): Link | Rejection {
  if (!isCrossingType(item.entry.type)) return 'foreign-type';
  let link: Link | undefined;
  if (item.entry.type === 'link') {
    const body = item.entry.body as Bodies['link'];
    if (toBase64Url(body.peer) !== state.networkId) return 'no-link';
    const id = linkId(idFromText(state.networkId), idFromText(item.peer), body.terms);
    link = state.links.get(toBase64Url(id));
  } else link = state.links.get(toBase64Url((item.entry.body as { link: Uint8Array }).link));
  // A record naming a link of another pair of networks, replayed here: there is no such link.
  return link && link.peer === item.peer ? link : 'no-link';
}

/** Every own entry of `type` naming the link, whether our rules let it through or not. */
export function ownOfLink<T extends 'link-roster' | 'link-end'>(
  ownEntries: ReadonlyMap<EntryIdText, Entry>,
  link: LinkIdText,
  type: T,
): { idText: EntryIdText; entry: Entry<T> }[] {
  const found: { idText: EntryIdText; entry: Entry<T> }[] = [];
  for (const [idText, entry] of ownEntries)
    if (entry.type === type && toBase64Url((entry as Entry<T>).body.link) === link)
      found.push({ idText, entry: entry as Entry<T> });
  return found;
}
