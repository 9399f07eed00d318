// admit: a coordinator lets a newcomer in, answering their open join request. The newcomer's
// key becomes their first device; they get the room secret of `epoch` sealed to them, and
// welcome hours from the community pot (which may go below zero).
import { toBase64Url } from '../encoding/base64url.ts';
import { type Bodies, bodyReaders } from '../entry/bodies.ts';
import { credit } from '../state/accounts.ts';
import { addDevice } from '../state/devices.ts';
import type { EntryIdText, Member, NetworkState, VerifiedEntry } from '../state/NetworkState.ts';
import type { Rejection } from '../state/Rejection.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const admit: AuthorityRule<'admit'> = {
  kind: 'authority',
  body: bodyReaders.admit,
  writer: 'coordinator',
  act(state, entry, { joins }) {
    const answered = openJoin(state, entry.body, joins);
    if (typeof answered === 'string') return answered;
    const { member, join } = answered;
    const body = (join.entry.body as Bodies['join']) ?? null;
    member.status = 'admitted';
    member.admittedAt = entry.time;
    addDevice(state, member, member.publicKey, body.boxKey, '');
    state.admissions.set(member.key, { epoch: entry.body.epoch, secret: entry.body.secret });
    credit(state, member, entry.body.welcome);
    return null;
  },
};

/**
 * The join request an admit or a decline answers, with its newcomer: it must be that
 * member's request, and the one still open (not answered, not asked again since).
 */
export function openJoin(
  state: NetworkState,
  answer: { member: Uint8Array; join: Uint8Array },
  joins: ReadonlyMap<EntryIdText, VerifiedEntry>,
): { member: Member; join: VerifiedEntry } | Rejection {
  const target = toBase64Url(answer.member);
  const join = joins.get(toBase64Url(answer.join));
  if (!join || toBase64Url(join.entry.author) !== target) return 'no-join';
  const member = state.members.get(target);
  if (member?.status !== 'pending' || member.joinId !== join.idText) return 'already-decided';
  return { member, join };
}
