// thanks: a public word of thanks to another member, perhaps for a transfer.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import type { OrdinaryRule } from './EntryRule.ts';
import { toAnotherMember } from './message.ts';

export const thanks: OrdinaryRule<'thanks'> = {
  kind: 'ordinary',
  body: bodyReaders.thanks,
  reference: () => null,
  refusal: (state, entry, { me }) => toAnotherMember(state, entry.body.to, me),
  apply(state, entry, { id, author }) {
    state.thanks.set(id, {
      id,
      from: author,
      to: toBase64Url(entry.body.to),
      text: entry.body.text,
      transfer: entry.body.transfer ? toBase64Url(entry.body.transfer) : null,
      time: entry.time,
    });
  },
};
