// activity: a member puts an activity on the agenda (docs/protocol-together.md §1). Its
// `worth` and `pay` never change; what it pays follows from the entries about it
// (src/core/state/activities.ts).
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { type Activity, settleActivity } from '../state/activities.ts';
import type { NetworkState } from '../state/NetworkState.ts';
import type { Rejection } from '../state/Rejection.ts';
import { absent, type OrdinaryRule } from './EntryRule.ts';

export const activity: OrdinaryRule<'activity'> = {
  kind: 'ordinary',
  body: bodyReaders.activity,
  reference: () => null,
  refusal: () => null,
  apply(state, entry, { id, author, via, order }) {
    const created: Activity = {
      ...entry.body,
      id,
      organiser: author,
      via,
      created: entry.time,
      ownStarts: entry.body.starts,
      updatedFrom: order,
      cancelled: null,
      signUps: new Map(),
      attendance: null,
      came: new Map(),
      payments: new Map(),
    };
    state.activities.set(id, created);
    // A coordinator may have approved it already (authority entries are judged first).
    settleActivity(state, created);
  },
};

/** The activity an entry names, or why it cannot be used (waits, or names something else). */
export function activityNamed(state: NetworkState, named: Uint8Array): Activity | Rejection {
  const id = toBase64Url(named);
  return state.activities.get(id) ?? absent(state, id);
}
