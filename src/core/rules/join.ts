// join: a newcomer asks to become a member, in the lobby, with a proof of work. One open
// request per key: asking again is for after a decline. A coordinator answers it
// (admit.ts, decline.ts).
import { type Bodies, bodyReaders } from '../entry/bodies.ts';
import { hasJoinWork } from '../joinWork.ts';
import { newMember } from '../state/devices.ts';
import type { NetworkState } from '../state/NetworkState.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const join: AuthorityRule<'join'> = {
  kind: 'authority',
  body: bodyReaders.join,
  writer: 'newcomer',
  act(state, entry, { id, author }) {
    if (state.devices.has(author) && !state.members.has(author)) return 'already-decided';
    const known = state.members.get(author);
    if (known && known.status !== 'declined') return 'already-decided';
    if (!hasWork(state, entry.author, entry.body)) return 'no-work';
    const member = known ?? newMember(author, entry.author);
    member.joinId = id;
    member.join = entry.body;
    member.declineNote = null;
    // Sent before a set-aside that declined this newcomer (it claims no later time): the
    // set-aside reaches it too, as the lobby shows it (src/core/lobby.ts).
    const setAside = known?.setAsideBefore;
    member.status = setAside !== undefined && entry.time <= setAside ? 'declined' : 'pending';
    state.members.set(author, member);
    return null;
  },
};

/**
 * Join bodies whose proof of work was checked, and the answer: a join is judged again in
 * every causal past it lies in (src/core/state/strongRemoval.ts), the work once.
 */
const workChecked = new WeakMap<Bodies['join'], { networkId: string; bits: number; ok: boolean }>();

function hasWork(state: NetworkState, author: Uint8Array, body: Bodies['join']): boolean {
  const bits = state.genesis?.joinWork ?? 0;
  const known = workChecked.get(body);
  if (known && known.networkId === state.networkId && known.bits === bits) return known.ok;
  const ok = hasJoinWork(state.networkId, author, body, bits);
  workChecked.set(body, { networkId: state.networkId, bits, ok });
  return ok;
}
