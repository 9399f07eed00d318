// What a member and a coordinator read of the hours across a link (protocol-links.md §4),
// as pure functions of the member state: whom a member may pay in the other neighbourhood,
// whether the link's limit leaves room, the member's records across (counted, or waiting
// for both neighbourhoods), and each link's clearing account with its mirror check.
import type { CrossRecord, Link } from '../../core/links/LinkState.ts';
import { linkTotals } from '../../core/links/statements.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';
import type { SessionView } from '../session/SessionView.ts';
import { linkIsOpen } from './acrossSelectors.ts';

/** A member of the peer this network knows by name: the author of a post the peer shared. */
export interface PeerPayee {
  link: string;
  /** The other neighbourhood's name. */
  buurt: string;
  /** The peer member's key, base64url. */
  member: string;
  name: string;
  /** The shared post the payment is for. */
  post: string;
  title: string;
}

/**
 * Whom this member can pay across open links: the authors of the peer's shared posts that
 * are open, newest first. A member of the peer is known here only through what it shared
 * (§7: never the peer's member list), so nobody else can be picked.
 */
export function peerPayees(view: SessionView): PeerPayee[] {
  const state = view.memberState;
  if (!state) return [];
  const payees: (PeerPayee & { time: number })[] = [];
  for (const link of state.links.values()) {
    if (!linkIsOpen(link)) continue;
    for (const post of link.peerPosts.values()) {
      if (post.status !== 'open') continue;
      payees.push({
        link: link.id,
        buurt: link.name,
        member: post.author,
        name: post.name,
        post: post.id,
        title: post.title,
        time: post.created,
      });
    }
  }
  return payees.sort((a, b) => b.time - a.time).map(({ time: _, ...payee }) => payee);
}

export { knownPeerMember } from '../../core/links/knownPeerKeys.ts';

/**
 * Minutes our members can still pay across the link before our archive device's
 * attestation would pass the limit (`over-link-limit`): the limit, less what our
 * attestations counted (+ out, − in), less our payments out that wait for our attestation.
 * Payments in that wait are not counted down: they may never come.
 */
export function linkRoom(state: NetworkState, linkId: string): number {
  const link = state.links.get(linkId);
  if (!link) return 0;
  let pending = 0;
  for (const record of link.records.values()) {
    if (record.direction === 'out' && !record.attested.own) pending += record.minutes;
  }
  return Math.max(0, link.terms.limit - link.attestedSum.own - pending);
}

/** One record across as the member's "Mijn uren" shows it. */
export interface CrossHoursLine {
  id: string;
  /** + received (the member helped), − paid. */
  minutes: number;
  /** The other neighbourhood. */
  buurt: string;
  /** The other member's name, when the peer shared one; else null. */
  name: string | null;
  what: string;
  time: number;
  /** Counts in this network (both attestations are there); else it waits for both neighbourhoods. */
  counted: boolean;
}

/** This member's records across every link, newest first: those that count and those that wait. */
export function crossHours(view: SessionView): CrossHoursLine[] {
  const state = view.memberState;
  return state ? crossHoursOf(state, view.memberKey) : [];
}

export function crossHoursOf(state: NetworkState, member: string): CrossHoursLine[] {
  const lines: CrossHoursLine[] = [];
  for (const link of state.links.values()) {
    for (const record of link.records.values()) {
      if (record.member !== member) continue;
      // A record that cannot count any more (its link ended before both attested) is not shown as waiting.
      if (!record.counted && !linkIsOpen(link)) continue;
      lines.push(lineOf(link, record));
    }
  }
  return lines.sort((a, b) => b.time - a.time || (a.id < b.id ? 1 : -1));
}

function lineOf(link: Link, record: CrossRecord): CrossHoursLine {
  return {
    id: record.id,
    minutes: record.direction === 'out' ? -record.minutes : record.minutes,
    buurt: link.name,
    name: peerName(link, record.other),
    what: record.what,
    time: record.time,
    counted: record.counted,
  };
}

/** A peer member's display name, from a post it shared; null when it shared none. */
function peerName(link: Link, member: string): string | null {
  for (const post of link.peerPosts.values()) if (post.author === member) return post.name;
  return null;
}

/** One link's hours as its coordinators see them. */
export interface LinkAccount {
  link: string;
  buurt: string;
  /** The clearing account with this neighbourhood: + the other neighbourhood has hours from us, − we have from them. */
  clearing: number;
  /** Records across that count here. */
  records: number;
  /** Records waiting for an attestation of one side or both. */
  waiting: number;
  /** The other neighbourhood's latest statement: none yet, mirrors ours, or differs (with the records that may). */
  mirror: { state: 'none' } | { state: 'mirrors' } | { state: 'differs'; records: string[] };
}

/** Per link, newest first as linksOf: the clearing account, the number of records and the mirror. */
export function linkAccounts(view: SessionView): LinkAccount[] {
  const state = view.memberState;
  if (!state) return [];
  return [...state.links.values()].map((link) => linkAccountOf(state, link));
}

export function linkAccountOf(state: NetworkState, link: Link): LinkAccount {
  const totals = linkTotals(link);
  let waiting = 0;
  for (const record of link.records.values()) if (!record.counted && linkIsOpen(link)) waiting++;
  const mirror: LinkAccount['mirror'] = link.mirror
    ? { state: 'differs', records: link.mirror.suspect }
    : link.statements.peer
      ? { state: 'mirrors' }
      : { state: 'none' };
  return {
    link: link.id,
    buurt: link.name,
    clearing: state.clearing.get(link.peer) ?? 0,
    records: totals.count,
    waiting,
    mirror,
  };
}
