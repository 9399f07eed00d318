// What the parts of settling a link share (settleLinks.ts, settleShares.ts, settleMoves.ts):
// the link, its entries of both sides, both sides' attestation verdicts, and how to keep a
// foreign entry aside or count it.
import type { Entry } from '../entry/Entry.ts';
import type { EntryIdText, NetworkState } from '../state/NetworkState.ts';
import type { Rejection } from '../state/Rejection.ts';
import type { ChainVerdict } from './attestChain.ts';
import type { ForeignEntry, Link } from './LinkState.ts';

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
