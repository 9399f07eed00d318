// came: "I was there". Only the participant says it, or a coordinator for a card member
// (who has no device of its own). Nobody pays without their own signature: the organiser's
// list alone pays nothing. The lowest id per (activity, member) counts; more are
// already-decided, and pay nothing more.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { settleActivity } from '../state/activities.ts';
import { hasRole, isMember } from '../state/membership.ts';
import { activityNamed } from './activity.ts';
import type { OrdinaryRule } from './EntryRule.ts';

export const came: OrdinaryRule<'came'> = {
  kind: 'ordinary',
  body: bodyReaders.came,
  reference: (entry) => entry.body.activity,
  refusal(state, entry, { id, me }) {
    const named = activityNamed(state, entry.body.activity);
    if (typeof named === 'string') return named;
    const member = toBase64Url(entry.body.member);
    if (!isMember(state, member)) return 'unknown-member';
    if (member !== me && !(state.cards.has(member) && hasRole(state.members.get(me), 'coordinator'))) {
      return 'not-party';
    }
    if (member === named.organiser) return 'self';
    const counted = named.came.get(member);
    return counted !== undefined && counted < id ? 'already-decided' : null;
  },
  apply(state, entry, { id }) {
    const named = activityNamed(state, entry.body.activity);
    if (typeof named === 'string') return;
    const member = toBase64Url(entry.body.member);
    const counted = named.came.get(member);
    if (counted === undefined || id < counted) named.came.set(member, id);
    settleActivity(state, named);
  },
  inPlace(state, entry, id) {
    // A lower id than the one that counts would change which one counts.
    const named = state.activities.get(toBase64Url(entry.body.activity));
    const counted = named?.came.get(toBase64Url(entry.body.member));
    return counted === undefined || id >= counted;
  },
};
