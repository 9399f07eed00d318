// group-hours: one record of hours with several people (docs/protocol-together.md §2).
// Its author agrees to every part it is a party of; each part moves once its other side
// agrees too (partAnswer.ts), keyed by (record, index), so it moves at most once.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { settlePart } from '../state/groupParts.ts';
import { isMember } from '../state/membership.ts';
import type { OrdinaryRule } from './EntryRule.ts';

export const groupHours: OrdinaryRule<'group-hours'> = {
  kind: 'ordinary',
  body: bodyReaders['group-hours'],
  reference: () => null,
  refusal(state, entry, { me }) {
    const pairs = new Set<string>();
    let party = false;
    for (const part of entry.body.parts) {
      const payer = toBase64Url(part.payer);
      const receiver = toBase64Url(part.receiver);
      if (!isMember(state, payer) || !isMember(state, receiver)) return 'unknown-member';
      if (payer === receiver) return 'self';
      // A pair is two people, whichever way the hours go: twice in one record is a mistake.
      const pair = payer < receiver ? `${payer} ${receiver}` : `${receiver} ${payer}`;
      if (pairs.has(pair)) return 'mismatch';
      pairs.add(pair);
      if (payer === me || receiver === me) party = true;
    }
    return party ? null : 'not-party';
  },
  apply(state, entry, { id, author, via }) {
    const record = {
      id,
      author,
      parts: entry.body.parts.map((part) => ({
        payer: toBase64Url(part.payer),
        receiver: toBase64Url(part.receiver),
        minutes: part.minutes,
      })),
      what: entry.body.what,
      post: entry.body.post ? toBase64Url(entry.body.post) : null,
      time: entry.time,
      via,
    };
    state.groupRecords.set(id, record);
    // Answers wait for the record, so none is known yet; settling keeps it a function of them all the same.
    for (let index = 0; index < record.parts.length; index++) settlePart(state, record, index);
  },
};
