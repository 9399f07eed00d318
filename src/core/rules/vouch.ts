// vouch: the way out when no coordinator is left who can act (two who removed each other,
// the last one gone): the members choose one. Any admitted member (kiosks too) may say "I
// want this member as coordinator"; one member, one voice: their latest vouch that the
// deciding vouch had seen. While some coordinator can act, a vouch counts but changes
// nothing. When none can, the vouch that brings the voices for one admitted member to more
// than half of the admitted members makes that member coordinator (listed among the acts).
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { coordinatorCount, nextSeniority } from '../state/membership.ts';
import type { EntryIdText, Member, NetworkState } from '../state/NetworkState.ts';
import { recordAct } from '../state/recordAct.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const vouch: AuthorityRule<'vouch'> = {
  kind: 'authority',
  body: bodyReaders.vouch,
  writer: 'member',
  act(state, entry, { id, member: voucher, inPast }) {
    const wanted = toBase64Url(entry.body.member);
    const candidate = state.members.get(wanted);
    if (candidate?.status !== 'admitted') return 'unknown-member';
    const mine = state.vouches.get(voucher.key) ?? [];
    mine.push({ member: wanted, id });
    state.vouches.set(voucher.key, mine);
    if (coordinatorCount(state) > 0 || candidate.roles.has('coordinator')) return null;

    // Kiosks and card members are members too: every admitted member counts, suspended ones do not.
    let members = 0;
    let voices = 0;
    for (const member of state.members.values()) {
      if (member.status !== 'admitted') continue;
      members++;
      if (voiceOf(state, member, id, inPast) === wanted) voices++;
    }
    if (voices * 2 <= members) return null;
    candidate.roles.add('coordinator');
    if (candidate.seniority === null) candidate.seniority = nextSeniority(state);
    recordAct(state, id, entry, voucher.key);
    return null;
  },
};

/** Whom a member wants as coordinator: their latest vouch that `at` had seen (or is). */
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
