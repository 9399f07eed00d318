// hours-proposal: one of two members proposes that the payer pays the receiver for help.
// It moves nothing: the other side confirms it (hoursConfirm.ts), the payer pays it
// (transfer.ts).
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { isMember } from '../state/membership.ts';
import type { OrdinaryRule } from './EntryRule.ts';

export const hoursProposal: OrdinaryRule<'hours-proposal'> = {
  kind: 'ordinary',
  body: bodyReaders['hours-proposal'],
  reference: () => null,
  refusal(state, entry, { me }) {
    const payer = toBase64Url(entry.body.payer);
    const receiver = toBase64Url(entry.body.receiver);
    if (!isMember(state, payer) || !isMember(state, receiver)) return 'unknown-member';
    if (payer === receiver) return 'self';
    return payer === me || receiver === me ? null : 'not-party';
  },
  apply(state, entry, { id, author }) {
    state.proposals.set(id, {
      id,
      author,
      payer: toBase64Url(entry.body.payer),
      receiver: toBase64Url(entry.body.receiver),
      minutes: entry.body.minutes,
      what: entry.body.what,
      post: entry.body.post ? toBase64Url(entry.body.post) : null,
      time: entry.time,
    });
  },
};
