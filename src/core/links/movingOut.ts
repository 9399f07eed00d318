// Whether a member is on the way out (docs/protocol-links.md §5): a member leaves by one
// move only. Two move-outs on two links would pay the one balance into both peers.
import type { Link, Move } from './LinkState.ts';

/** The move out of our network that names `member` on any link, with its link; null when none does. */
export function moveOutOf(links: Iterable<Link>, member: string): { link: Link; move: Move } | null {
  for (const link of links) {
    const move = link.moves.get(member);
    if (move?.direction === 'out') return { link, move };
  }
  return null;
}
