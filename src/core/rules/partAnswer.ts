// part-answer: the payer's or receiver's yes or no to one part of a group record
// (docs/protocol-together.md §2). A yes is final: a party agrees once any answer of its
// says yes, so no answer — however backdated — takes back hours a part has moved (claimed
// times decide nothing about money). A no counts while no yes is known. The record's
// author answered by writing it.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { answerKey, settlePart } from '../state/groupParts.ts';
import { isLater } from '../state/Order.ts';
import { absent, type OrdinaryRule } from './EntryRule.ts';

export const partAnswer: OrdinaryRule<'part-answer'> = {
  kind: 'ordinary',
  body: bodyReaders['part-answer'],
  reference: (entry) => entry.body.record,
  refusal(state, entry, { me }) {
    const id = toBase64Url(entry.body.record);
    const record = state.groupRecords.get(id);
    if (!record) return absent(state, id);
    const part = record.parts[entry.body.part];
    if (!part) return 'mismatch';
    if (part.payer !== me && part.receiver !== me) return 'not-party';
    // The author's yes is the record itself: it cannot be answered again.
    return record.author === me ? 'already-decided' : null;
  },
  apply(state, entry, { author, order }) {
    const recordId = toBase64Url(entry.body.record);
    const record = state.groupRecords.get(recordId);
    if (!record) return;
    const key = answerKey(recordId, entry.body.part, author);
    const known = state.partAnswers.get(key);
    if (known?.agree) {
      // The earliest yes is the one on record, whichever copy arrived first.
      if (entry.body.agree && isLater(known.from, order)) state.partAnswers.set(key, { agree: true, from: order });
      return;
    }
    if (known && !entry.body.agree && !isLater(known.from, order)) return;
    state.partAnswers.set(key, { agree: entry.body.agree, from: order });
    settlePart(state, record, entry.body.part);
  },
  // An answer only ever moves a part forward (a yes is final): it applies in place.
  inPlace: () => true,
};
