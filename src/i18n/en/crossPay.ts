// English texts: a member pays hours to a member of a linked neighbourhood (protocol-links.md §4).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { crossPay as dutch } from '../nl/crossPay.ts';

export const crossPay: Translation<typeof dutch> = {
  'crossPay.title': 'Pay hours to someone in another neighbourhood',
  'crossPay.intro': 'Did someone from a linked neighbourhood help you? Pay the hours here.',
  'crossPay.payTo': 'Pay hours to {name} in {buurt}',
  'crossPay.send': 'Pay',
  'crossPay.cancel': 'Not now',
  'crossPay.sent':
    'The hours are sent. Now waiting for both neighbourhoods: they count once your neighbourhood and {buurt} have seen the payment.',
  'crossPay.overLinkLimit':
    'The limit with {buurt} has been reached: more hours went there than came back. Ask your coordinator.',
  'crossPay.ended': 'The link with {buurt} has stopped. You can no longer pay hours to this neighbourhood.',
  'crossPay.notOpen': 'The link with {buurt} does not work yet. Try again later.',
  'crossPay.waiting': 'waiting for both neighbourhoods',
  'crossPay.to': 'to {name} in {buurt}',
  'crossPay.from': 'from {name} in {buurt}',
  'crossPay.toSomeone': 'to someone in {buurt}',
  'crossPay.fromSomeone': 'from someone in {buurt}',
};
