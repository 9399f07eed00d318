// thanks-show: one side of a thank-you says whether it may show on the thank-you board
// (docs/protocol-together.md §4). Each side's latest counts; it shows only while both say
// show and no coordinator hid it (state/thanksBoard.ts).
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { isLater } from '../state/Order.ts';
import { absent, type OrdinaryRule } from './EntryRule.ts';

export const thanksShow: OrdinaryRule<'thanks-show'> = {
  kind: 'ordinary',
  body: bodyReaders['thanks-show'],
  reference: (entry) => entry.body.thanks,
  refusal(state, entry, { me }) {
    const id = toBase64Url(entry.body.thanks);
    const thanks = state.thanks.get(id);
    if (!thanks) return absent(state, id);
    return thanks.from === me || thanks.to === me ? null : 'not-party';
  },
  apply(state, entry, { author, order }) {
    const key = `${toBase64Url(entry.body.thanks)} ${author}`;
    const known = state.thanksShown.get(key);
    if (!known || isLater(order, known.from)) state.thanksShown.set(key, { show: entry.body.show, from: order });
  },
};
