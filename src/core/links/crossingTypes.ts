// Which entries of a peer network may cross a link and be kept as foreign entries, and
// where: the Y.Map "foreign" of a network's own docs, under base64url(peer net) + "." +
// base64url(id) (docs/protocol-links.md §2). Anything else of the peer is `foreign-type`.
//
// Rule decided here (for docs/protocol-links.md §2): besides the types of the page, the
// shared posts themselves cross (post, post-update, post-close), as §3 says they do.
import { fromBase64Url, toBase64Url } from '../encoding/base64url.ts';
import type { EntryType } from '../entry/bodies.ts';
import { idLength } from '../entry/Entry.ts';

/** The types of the links page, and the posts they share: the only ones a network keeps of its peer. */
export const crossingTypeList = [
  'link',
  'link-roster',
  'link-attest',
  'link-end',
  'link-statement',
  'post-share',
  'cross-message',
  'cross-pay',
  'move-away',
  'move-out',
  'move-in',
  // A shared post, its later updates and its close cross with its `post-share` (§3); they
  // count only when a share of the peer names the post (`not-shared` otherwise).
  'post',
  'post-update',
  'post-close',
] as const satisfies readonly EntryType[];

/** Crossing types that name no link: they belong to the link of the share that names their post. */
export const sharedPostTypes: ReadonlySet<EntryType> = new Set<EntryType>(['post', 'post-update', 'post-close']);

export type CrossingType = (typeof crossingTypeList)[number];

export const crossingTypes: ReadonlySet<EntryType> = new Set<EntryType>(crossingTypeList);

export function isCrossingType(type: EntryType): type is CrossingType {
  return crossingTypes.has(type);
}

/** The Y.Map "foreign" that holds a network's foreign entries. */
export const foreignMapName = 'foreign';

/** The key of a foreign entry: base64url(peer net) + "." + base64url(id). */
export function foreignKey(peerNet: Uint8Array, entryId: Uint8Array): string {
  return `${toBase64Url(peerNet)}.${toBase64Url(entryId)}`;
}

/** The peer net and entry id a foreign key names, or null for any other text. */
export function readForeignKey(text: string): { peer: Uint8Array; id: Uint8Array } | null {
  if (typeof text !== 'string') return null;
  const parts = text.split('.');
  if (parts.length !== 2) return null;
  const peer = fromBase64Url(parts[0] as string);
  const id = fromBase64Url(parts[1] as string);
  if (!peer || !id || peer.length !== idLength || id.length !== idLength) return null;
  // One text per pair: a key spelled another way (padding, other letters) is not this one.
  if (foreignKey(peer, id) !== text) return null;
  return { peer, id };
}
