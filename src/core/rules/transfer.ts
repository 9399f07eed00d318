// transfer: a member pays another member minutes, on their own or paying a proposal. A
// payment of a proposal must match it exactly, and only the lowest id of its payments
// counts. A reversed transfer (reverseTransfer.ts) is kept but moves nothing.
import { toBase64Url } from '../encoding/base64url.ts';
import { keyText } from '../encoding/keyText.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { move } from '../state/accounts.ts';
import { isMember } from '../state/membership.ts';
import { absent, type OrdinaryRule } from './EntryRule.ts';

export const transfer: OrdinaryRule<'transfer'> = {
  kind: 'ordinary',
  body: bodyReaders.transfer,
  reference: (entry) => entry.body.proposal,
  refusal(state, entry, { id: self, me }) {
    const to = keyText(entry.body.to);
    if (to === me) return 'self';
    if (!isMember(state, to)) return 'unknown-member';
    if (!entry.body.proposal) return null;
    const id = toBase64Url(entry.body.proposal);
    const proposal = state.proposals.get(id);
    if (!proposal) return absent(state, id);
    // Paying a proposal: the payer pays the receiver exactly what was proposed, once.
    if (proposal.payer !== me || proposal.receiver !== to || proposal.minutes !== entry.body.minutes) {
      return 'mismatch';
    }
    const paidBy = state.paid.get(id);
    return paidBy !== undefined && paidBy !== self && paidBy < self ? 'already-paid' : null;
  },
  apply(state, entry, { id, author, via }) {
    const transfer = {
      id,
      from: author,
      to: keyText(entry.body.to),
      minutes: entry.body.minutes,
      what: entry.body.what,
      post: entry.body.post ? toBase64Url(entry.body.post) : null,
      proposal: entry.body.proposal ? toBase64Url(entry.body.proposal) : null,
      time: entry.time,
      via,
    };
    state.transfers.set(id, transfer);
    if (transfer.proposal) state.paid.set(transfer.proposal, id);
    if (!state.reversals.has(id)) move(state, transfer.from, transfer.to, transfer.minutes);
  },
  inPlace(state, entry, id) {
    if (!entry.body.proposal) return true;
    // A lower id paying a proposal already paid would change who paid it.
    const paidBy = state.paid.get(toBase64Url(entry.body.proposal));
    return paidBy === undefined || id >= paidBy;
  },
};
