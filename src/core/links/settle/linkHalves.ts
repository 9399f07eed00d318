// Opening a link from its two halves (docs/protocol-links.md §1, §9): the peer's `link` opens
// it when a coordinator's key on the roster our half names signed it and it names the same two rosters.
import { equalBytes } from '../../encoding/canonical.ts';
import type { Entry } from '../../entry/Entry.ts';
import type { Rejection } from '../../state/Rejection.ts';
import type { ForeignEntry, Link, RosterStep } from '../LinkState.ts';
import { rosterAllows } from '../rosters.ts';

type PeerHalf = ForeignEntry & { entry: Entry<'link'> };

/**
 * The peer's half that opens the link, if any: of the halves so signed (lowest id first),
 * the one `link.peerLink` names, set to the first such when none is yet. A half not so
 * signed is kept aside (`not-roster`). A link a checkpoint left open (`restored`) needs no
 * match: its peer half is below the checkpoint.
 */
export function openingHalf(
  link: Link,
  ownHalf: Entry<'link'> | undefined,
  peerHalves: readonly PeerHalf[],
  restored: boolean,
  keepPeer: (item: ForeignEntry, reason: Rejection | null) => void,
): PeerHalf | undefined {
  const peerFirst = link.rosters.peer[0] as RosterStep;
  const sorted = [...peerHalves].sort((a, b) => compare(a.idText, b.idText));
  for (const half of sorted) {
    const signed = rosterAllows(peerFirst, half.entry.author, 'link') && (restored || halvesMatch(ownHalf, half.entry));
    keepPeer(half, signed ? null : 'not-roster');
    if (signed && !link.peerLink) link.peerLink = half.idText;
  }
  return sorted.find((half) => half.idText === link.peerLink);
}

/** Does the peer's half name the same two rosters as our half (each side's as that side sent it)? */
function halvesMatch(ours: Entry<'link'> | undefined, theirs: Entry<'link'>): boolean {
  if (!ours) return false;
  const same = (a: readonly Uint8Array[], b: readonly Uint8Array[]) =>
    a.length === b.length && a.every((key, i) => equalBytes(key, b[i] as Uint8Array));
  return (
    same(ours.body.ours, theirs.body.roster) &&
    ours.body.ourCoordinators === theirs.body.coordinators &&
    same(ours.body.roster, theirs.body.ours) &&
    ours.body.coordinators === theirs.body.ourCoordinators
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
