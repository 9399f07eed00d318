// Records across a link (`cross-pay`, docs/protocol-links.md §4) as this network keeps
// them: what each moves, and what one that counts does to our member's account and the
// link's clearing account.
import { toBase64Url } from '../encoding/base64url.ts';
import type { Bodies } from '../entry/bodies.ts';
import type { Entry } from '../entry/Entry.ts';
import type { EntryIdText, NetworkState } from '../state/NetworkState.ts';
import type { Rejection } from '../state/Rejection.ts';
import { homeMember } from './homeMember.ts';
import type { CrossRecord, ForeignEntry, Link, LinkIdText } from './LinkState.ts';

/** What a cross-pay of this link moves, in minutes; 0 for any other entry. */
export function crossMinutes(entry: Entry, link: LinkIdText): number {
  if (entry.type !== 'cross-pay') return 0;
  const body = entry.body as Bodies['cross-pay'];
  return toBase64Url(body.link) === link ? body.minutes : 0;
}

export function outRecord(state: NetworkState, id: EntryIdText, entry: Entry<'cross-pay'>): CrossRecord {
  const device = toBase64Url(entry.author);
  return {
    id,
    direction: 'out',
    member: state.devices.get(device)?.member ?? device,
    other: toBase64Url(entry.body.to),
    ...recordFields(entry),
  };
}

/** The peer's record to our member: `to` may be a key of any of its devices (homeMember.ts). */
export function inRecord(state: NetworkState, item: ForeignEntry & { entry: Entry<'cross-pay'> }): CrossRecord {
  const to = toBase64Url(item.entry.body.to);
  return {
    id: item.idText,
    direction: 'in',
    // Not one of ours: kept as written, and refused as `unknown-member` (settleLinks.ts).
    member: homeMember(state, to) ?? to,
    other: toBase64Url(item.entry.author),
    ...recordFields(item.entry),
  };
}

function recordFields(entry: Entry<'cross-pay'>) {
  return {
    minutes: entry.body.minutes,
    what: entry.body.what,
    post: entry.body.post ? toBase64Url(entry.body.post) : null,
    time: entry.time,
    attested: { own: null, peer: null },
    counted: false,
    waiting: 'missing-ref' as Rejection | null,
  };
}

/** A record that counts: our member's account and the link's clearing account, each the other's negative. */
export function count(state: NetworkState, link: Link, record: CrossRecord): void {
  const member = state.members.get(record.member);
  const signed = record.direction === 'out' ? record.minutes : -record.minutes;
  if (member) {
    member.balance -= signed;
    if (signed > 0) member.given += signed;
    else member.received -= signed;
  }
  state.clearing.set(link.peer, (state.clearing.get(link.peer) ?? 0) + signed);
}
