// The way out when no coordinator is left who can act (two who removed each other, the
// last one gone): the members choose one. Any admitted member may say "I want this member
// as coordinator" (a `vouch`); one member, one voice, their latest. While some coordinator
// can still act a vouch is only noted. When none can, the vouch that brings the voices for
// one admitted member to more than half of the admitted members makes them coordinator,
// counting only the voices that vouch had seen (its causal past).
import { toBase64Url } from '../encoding/base64url.ts';
import type { Bodies } from '../entry/bodies.ts';
import { coordinatorCount, nextSeniority } from './membership.ts';
import type { EntryIdText, Member, NetworkState, Rejection, VerifiedEntry } from './NetworkState.ts';

export type VouchOutcome = 'noted' | 'made-coordinator' | Rejection;

/** Applies a vouch by `voucher`, an admitted member whose right to write it was checked. */
export function applyVouch(
  state: NetworkState,
  item: VerifiedEntry,
  voucher: Member,
  inPast: (earlier: EntryIdText, later: EntryIdText) => boolean,
): VouchOutcome {
  const wanted = toBase64Url((item.entry.body as Bodies['vouch']).member);
  const candidate = state.members.get(wanted);
  if (candidate?.status !== 'admitted') return 'unknown-member';
  const mine = state.vouches.get(voucher.key) ?? [];
  mine.push({ member: wanted, id: item.idText });
  state.vouches.set(voucher.key, mine);
  if (coordinatorCount(state) > 0 || candidate.roles.has('coordinator')) return 'noted';

  // Kiosks and card members are members too: every admitted member counts, suspended ones do not.
  let members = 0;
  let voices = 0;
  for (const member of state.members.values()) {
    if (member.status !== 'admitted') continue;
    members++;
    if (voiceOf(state, member, item.idText, inPast) === wanted) voices++;
  }
  if (voices * 2 <= members) return 'noted';
  candidate.roles.add('coordinator');
  if (candidate.seniority === null) candidate.seniority = nextSeniority(state);
  return 'made-coordinator';
}

/** Whom a member wants as coordinator, by their latest vouch that `at` had seen (or is). */
function voiceOf(
  state: NetworkState,
  member: Member,
  at: EntryIdText,
  inPast: (earlier: EntryIdText, later: EntryIdText) => boolean,
): string | null {
  const theirs = state.vouches.get(member.key) ?? [];
  for (let i = theirs.length - 1; i >= 0; i--) {
    const vouch = theirs[i] as { member: string; id: EntryIdText };
    if (vouch.id === at || inPast(vouch.id, at)) return vouch.member;
  }
  return null;
}
