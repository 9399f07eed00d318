// What the parts of settling a link share (settleLinks.ts, settleRecords.ts, settleShares.ts,
// settleMoves.ts, settleStatements.ts): the link, its entries of both sides, both sides'
// attestation verdicts, and how to keep a foreign entry aside or count it.
import { toBase64Url } from '../../encoding/base64url.ts';
import type { Entry } from '../../entry/Entry.ts';
import type { EntryIdText, NetworkState } from '../../state/NetworkState.ts';
import type { Rejection } from '../../state/Rejection.ts';
import type { ForeignEntry, Link } from '../LinkState.ts';
import type { ChainVerdict } from './attestChain.ts';

export interface SettleContext {
  state: NetworkState;
  link: Link;
  /** Our entries of this link that their rules let through. */
  own: readonly { idText: EntryIdText; entry: Entry }[];
  /** The peer's entries of this link, authentic under its net. */
  peer: readonly ForeignEntry[];
  /** Our attestations' verdict, and the peer's. */
  ours: ChainVerdict;
  theirs: ChainVerdict;
  /** Counts a foreign entry (null) or keeps it aside with the reason. */
  keepPeer(item: ForeignEntry, reason: Rejection | null): void;
  /** Keeps one of our own entries aside with the reason (it no longer counts, nor is attested). */
  refuseOwn(id: EntryIdText, reason: Rejection): void;
}

export function ownOfType<T extends Entry['type']>(context: SettleContext, type: T) {
  return context.own.filter((item) => item.entry.type === type) as { idText: EntryIdText; entry: Entry<T> }[];
}

export function peerOfType<T extends Entry['type']>(context: SettleContext, type: T) {
  return context.peer.filter((item) => item.entry.type === type) as (ForeignEntry & { entry: Entry<T> })[];
}

/** Time, then id: the order in which the latest of several wins. */
export function byTimeThenId(a: { idText: string; entry: Entry }, b: { idText: string; entry: Entry }): number {
  return a.entry.time - b.entry.time || (a.idText < b.idText ? -1 : a.idText > b.idText ? 1 : 0);
}

/**
 * The posts a `cross-pay` or `cross-message` of this link may name (docs/protocol-links.md
 * §9): one a `post-share` on this link names, ours that our rules let through or the
 * peer's that the peer attested. The same set on both sides, once the shares have crossed.
 */
export function sharedPostIds(context: Omit<SettleContext, 'keepPeer' | 'refuseOwn'>): Set<EntryIdText> {
  // With the shares a checkpoint carries (ours, and the peer's posts that counted).
  const ids = new Set<EntryIdText>([...context.link.shares.keys(), ...context.link.peerPosts.keys()]);
  for (const { entry } of ownOfType(context as SettleContext, 'post-share')) ids.add(toBase64Url(entry.body.post));
  for (const { idText, entry } of peerOfType(context as SettleContext, 'post-share'))
    if (context.theirs.attested.has(idText)) ids.add(toBase64Url(entry.body.post));
  return ids;
}

/** Is the post a record or message names null or one of these shared posts? */
export function namesSharedPost(post: Uint8Array | null, shared: ReadonlySet<EntryIdText>): boolean {
  return post === null || shared.has(toBase64Url(post));
}
