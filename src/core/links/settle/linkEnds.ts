// Which `link-end` ends a link, for each side (docs/protocol-links.md §6, §9): of a side's ends
// that a coordinator's key on its latest roster signed, the earliest; the same rule on both sides.
import { toBase64Url } from '../../encoding/base64url.ts';
import type { Entry } from '../../entry/Entry.ts';
import type { EntryIdText } from '../../state/NetworkState.ts';
import type { Rejection } from '../../state/Rejection.ts';
import type { ForeignEntry, Link, LinkEnded, RosterStep } from '../LinkState.ts';
import { latestRoster, rosterAllows } from '../rosters.ts';
import { byTimeThenId } from './SettleContext.ts';

type EndItem = { idText: EntryIdText; entry: Entry<'link-end'> };

/**
 * Sets both sides' ends on the link. An end a checkpoint carries stays (F is final); any
 * after it is already decided. Our refused ends go to `refuseOwn`, the peer's ends to `keepPeer`.
 */
export function settleEnds(
  link: Link,
  restored: boolean,
  own: { items: readonly EndItem[]; steps: readonly RosterStep[] },
  peer: { items: readonly (ForeignEntry & EndItem)[]; steps: readonly RosterStep[] },
  refuseOwn: (id: EntryIdText, reason: Rejection) => void,
  keepPeer: (item: ForeignEntry, reason: Rejection | null) => void,
): void {
  const carriedOwn =
    restored && link.ended.own && !own.items.some((item) => item.idText === link.ended.own?.id) ? link.ended.own : null;
  const ownEnds = endOf(own.items, own.steps, carriedOwn !== null);
  for (const [id, reason] of ownEnds.refused) refuseOwn(id, reason);
  link.ended.own = carriedOwn ?? ownEnds.end;
  const carriedPeer = restored ? link.ended.peer : null;
  const peerEnds = endOf(peer.items, peer.steps, carriedPeer !== null);
  for (const item of peer.items) keepPeer(item, peerEnds.refused.get(item.idText) ?? null);
  link.ended.peer = carriedPeer ?? peerEnds.end;
}

/**
 * A side's end: of its `link-end`s signed by a coordinator's key on its latest roster, the
 * earliest (time, then id); the others `already-decided`, those not so signed `not-roster`.
 */
function endOf(
  items: readonly EndItem[],
  steps: readonly RosterStep[],
  decided: boolean,
): { end: LinkEnded | null; refused: Map<EntryIdText, Rejection> } {
  const refused = new Map<EntryIdText, Rejection>();
  const latest = latestRoster(steps);
  const signed = items
    .filter((item) => {
      const ok = rosterAllows(latest, item.entry.author, 'link-end');
      if (!ok) refused.set(item.idText, 'not-roster');
      return ok;
    })
    .sort(byTimeThenId);
  const first = decided ? undefined : signed[0];
  for (const other of decided ? signed : signed.slice(1)) refused.set(other.idText, 'already-decided');
  const end = first ? { id: first.idText, last: first.entry.body.last.map(toBase64Url), time: first.entry.time } : null;
  return { end, refused };
}
