// part-answer: the payer's or receiver's yes or no to one part of a group record
// (docs/protocol-together.md §2). A party's first answer by (time, id) is final; later
// ones are kept and change nothing. The record's author answered by writing it.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { answerKey, settlePart } from '../state/groupParts.ts';
import { isLater } from '../state/NetworkState.ts';
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
    if (known && !isLater(known.from, order)) return;
    state.partAnswers.set(key, { agree: entry.body.agree, from: order });
    settlePart(state, record, entry.body.part);
  },
  inPlace(state, entry, id) {
    // An answer earlier than one already known may move a part back: the views then
    // derive anew, so no row of a part stays behind. (The state itself settles either way.)
    const devices = state.devices.get(toBase64Url(entry.author));
    const member = devices?.member ?? toBase64Url(entry.author);
    const known = state.partAnswers.get(answerKey(toBase64Url(entry.body.record), entry.body.part, member));
    return !known || isLater({ time: entry.time, id }, known.from);
  },
};
