// The outreach list (PRODUCT.md: see who is left out): neighbours the coordinator might
// call or visit, each with why. Never a judgement and never shown to others: a reason to
// offer a hand, like a kind message or an invitation to offer something small.
import { entryTimesByMember } from './memberActivity.ts';
import type { MemberKey, NetworkState } from './NetworkState.ts';

/** No counted entry for this long (six weeks) is "inactive". */
export const inactiveAfter = 6 * 7 * 24 * 60 * 60 * 1000;

export type OutreachReason =
  /** Never put up an offer or a request. */
  | { kind: 'never-posted' }
  /** Never answered someone else's post. */
  | { kind: 'never-responded' }
  /** Nothing written for six weeks; `since`: the last entry, or the admission if none. */
  | { kind: 'inactive'; since: number }
  /** Was helped (paid `minutes` for help), never helped anyone: invite them to offer something small. */
  | { kind: 'only-received'; minutes: number };

export interface OutreachItem {
  member: MemberKey;
  reasons: OutreachReason[];
}

/**
 * Admitted neighbours with at least one reason, longest quiet first. Coordinators and
 * kiosks are left out: they keep the network going, they are not the ones left out of it.
 */
export function outreachList(state: NetworkState, now: number): OutreachItem[] {
  const posted = new Set<MemberKey>();
  for (const post of state.posts.values()) posted.add(post.author);

  const responded = new Set<MemberKey>();
  for (const key of state.matchDecisions.keys()) {
    const [post, decider] = key.split(' ');
    const author = post === undefined ? undefined : state.posts.get(post)?.author;
    if (decider && author !== undefined && author !== decider) responded.add(decider);
  }

  // Help, not hours: whoever received help paid for it (`from`); the helper was paid (`to`).
  const helped = new Map<MemberKey, number>();
  const helping = new Map<MemberKey, number>();
  for (const transfer of state.transfers.values()) {
    if (state.reversals.has(transfer.id)) continue;
    helped.set(transfer.from, (helped.get(transfer.from) ?? 0) + transfer.minutes);
    helping.set(transfer.to, (helping.get(transfer.to) ?? 0) + transfer.minutes);
  }

  const entryTimes = entryTimesByMember(state);
  const list: (OutreachItem & { quietSince: number })[] = [];
  for (const member of state.members.values()) {
    if (member.status !== 'admitted' || member.roles.has('coordinator') || member.roles.has('kiosk')) continue;
    const reasons: OutreachReason[] = [];
    if (!posted.has(member.key)) reasons.push({ kind: 'never-posted' });
    if (!responded.has(member.key)) reasons.push({ kind: 'never-responded' });
    let quietSince = member.admittedAt ?? 0;
    for (const time of entryTimes.get(member.key) ?? []) if (time > quietSince) quietSince = time;
    if (now - quietSince >= inactiveAfter) reasons.push({ kind: 'inactive', since: quietSince });
    const received = helped.get(member.key) ?? 0;
    if (received > 0 && !helping.has(member.key)) reasons.push({ kind: 'only-received', minutes: received });
    if (reasons.length > 0) list.push({ member: member.key, reasons, quietSince });
  }
  list.sort((a, b) => a.quietSince - b.quietSince || (a.member < b.member ? -1 : 1));
  return list.map(({ member, reasons }) => ({ member, reasons }));
}
