// came-for: a coordinator says "was er" for a card member, who has no device of its own to
// say `came` with. An authority entry, judged in causal order by the coordinator's rights
// and the member's card at that point: a later removal of the coordinator never undoes it,
// and one written concurrently with or after the removal never counts (strongRemoval.ts).
// Recorded whatever activity it names (authority entries are judged before activities);
// it pays only for a card member on that activity's organiser's list (activities.ts).
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { isMember } from '../state/membership.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const cameFor: AuthorityRule<'came-for'> = {
  kind: 'authority',
  body: bodyReaders['came-for'],
  writer: 'coordinator',
  act(state, entry, { id }) {
    const member = toBase64Url(entry.body.member);
    if (!isMember(state, member)) return 'unknown-member';
    // Only for a card member: a member with a device says `came` itself.
    if (!state.cards.has(member)) return 'not-party';
    const activity = toBase64Url(entry.body.activity);
    const said = state.cameFor.get(activity) ?? new Map<string, string>();
    // The first in causal order counts; more pay nothing more.
    if (said.has(member)) return 'already-decided';
    said.set(member, id);
    state.cameFor.set(activity, said);
    return null;
  },
};
