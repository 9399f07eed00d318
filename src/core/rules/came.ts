// came: "I was there", by the participant itself: its author is the member who came, so
// nobody can say it for another (a coordinator's word for a card member is `came-for`).
// Nobody pays without their own signature: the organiser's list alone pays nothing. The
// lowest id per (activity, member) counts; more are already-decided, and pay nothing more.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { settleActivity } from '../state/activities.ts';
import { activityNamed } from './activity.ts';
import type { OrdinaryRule } from './EntryRule.ts';

export const came: OrdinaryRule<'came'> = {
  kind: 'ordinary',
  body: bodyReaders.came,
  reference: (entry) => entry.body.activity,
  refusal(state, entry, { id, me }) {
    const named = activityNamed(state, entry.body.activity);
    if (typeof named === 'string') return named;
    if (me === named.organiser) return 'self';
    const counted = named.came.get(me);
    return counted !== undefined && counted < id ? 'already-decided' : null;
  },
  apply(state, entry, { id, author }) {
    const named = activityNamed(state, entry.body.activity);
    if (typeof named === 'string') return;
    const counted = named.came.get(author);
    if (counted === undefined || id < counted) named.came.set(author, id);
    settleActivity(state, named);
  },
  inPlace(state, entry, id) {
    // A lower id than the one that counts would change which one counts.
    const device = toBase64Url(entry.author);
    const member = state.devices.get(device)?.member ?? device;
    const counted = state.activities.get(toBase64Url(entry.body.activity))?.came.get(member);
    return counted === undefined || id >= counted;
  },
};
