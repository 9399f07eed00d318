// hours-confirm: the other side of a proposal agrees to it. The lowest id of its
// confirmations is the one that counts; it waits for the proposal it names.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { absent, type OrdinaryRule } from './EntryRule.ts';

export const hoursConfirm: OrdinaryRule<'hours-confirm'> = {
  kind: 'ordinary',
  body: bodyReaders['hours-confirm'],
  reference: (entry) => entry.body.proposal,
  refusal(state, entry, { me }) {
    const id = toBase64Url(entry.body.proposal);
    const proposal = state.proposals.get(id);
    if (!proposal) return absent(state, id);
    // Only the other side agrees: a party to it, and not the one who proposed it.
    if (proposal.author === me) return 'not-party';
    return proposal.payer === me || proposal.receiver === me ? null : 'not-party';
  },
  apply(state, entry, { id }) {
    const proposal = toBase64Url(entry.body.proposal);
    const known = state.confirmations.get(proposal);
    if (!known || id < known) state.confirmations.set(proposal, id);
  },
};
