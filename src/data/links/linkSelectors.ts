// Named reads of this network's links for the coordinator's page (the core's link state,
// src/core/links/LinkState.ts): newest first, each with the other neighbourhood's name, the
// terms, whether it is open (the peer's half arrived) or ended, and the clearing account.
import type { Bodies } from '../../core/entry/bodies.ts';
import type { Link } from '../../core/links/LinkState.ts';
import type { LinkTerms } from '../../core/links/linkId.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';
import type { SessionView } from '../session/SessionView.ts';

export interface OurLink {
  /** The link id (protocol-links.md §1), base64url. */
  link: string;
  /** The other network's id, base64url. */
  peer: string;
  /** The other neighbourhood's name, as its coordinator sent it. */
  name: string;
  terms: LinkTerms;
  /** Our half counts and the peer's half is here. */
  open: boolean;
  /** Either side ended it. */
  ended: boolean;
  /** Who ended it, when it ended: we, they, or both. */
  endedBy: 'us' | 'them' | 'both' | null;
  /**
   * The clearing account with this neighbourhood, in minutes: + our members received more
   * help from theirs than they gave (we owe them), − the other way round (they owe us).
   */
  clearing: number;
  /** Why it was ended, as the coordinator who ended it wrote it (the other side's first); empty when not said. */
  endReason: string;
  /** When our half was written, by the writer's clock. */
  time: number;
}

/** This network's links, newest first. */
export function linksOf(view: SessionView): OurLink[] {
  const state = view.memberState;
  if (!state) return [];
  return [...state.links.values()]
    .map((link) => ({
      link: link.id,
      peer: link.peer,
      name: link.name,
      terms: link.terms,
      open: link.open,
      ended: link.ended.own !== null || link.ended.peer !== null,
      endedBy: endedBy(link.ended.own !== null, link.ended.peer !== null),
      clearing: state.clearing.get(link.peer) ?? 0,
      endReason: endReasonOf(state, link),
      time: state.applied.get(link.own)?.time ?? 0,
    }))
    .sort((a, b) => b.time - a.time);
}

/** Has this network written its half of the link with this id? */
export function linkMadeWith(state: NetworkState, link: string): boolean {
  return state.links.has(link);
}

function endedBy(us: boolean, them: boolean): OurLink['endedBy'] {
  return us && them ? 'both' : us ? 'us' : them ? 'them' : null;
}

/** The reason in the peer's `link-end` (a foreign entry), else in ours. */
function endReasonOf(state: NetworkState, link: Link): string {
  const theirs = link.ended.peer && state.foreignApplied.get(`${link.peer}.${link.ended.peer.id}`);
  const ours = link.ended.own && state.applied.get(link.ended.own.id);
  const entry = theirs || ours;
  return entry ? (entry.body as Bodies['link-end']).reason : '';
}
