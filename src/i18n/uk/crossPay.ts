// Ukrainian texts: a member pays hours to a member of a linked neighbourhood (protocol-links.md §4).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { crossPay as dutch } from '../nl/crossPay.ts';

export const crossPay: Translation<typeof dutch> = {
  'crossPay.title': 'Заплатити години комусь з іншого району',
  'crossPay.intro': 'Вам допоміг хтось із пов’язаного району? Заплатіть години тут.',
  'crossPay.payTo': 'Заплатити години: {name} з району {buurt}',
  'crossPay.send': 'Заплатити',
  'crossPay.cancel': 'Не зараз',
  'crossPay.sent':
    'Години надіслано. Тепер чекаємо на обидва райони: вони зарахуються, коли ваш район і {buurt} побачать оплату.',
  'crossPay.overLinkLimit':
    'Досягнуто межі з районом {buurt}: туди пішло більше годин, ніж повернулося. Запитайте координатора.',
  'crossPay.ended': 'Зв’язок із районом {buurt} припинено. Ви більше не можете платити години цьому району.',
  'crossPay.notOpen': 'Зв’язок із районом {buurt} ще не працює. Спробуйте пізніше.',
  'crossPay.waiting': 'чекає на обидва райони',
  'crossPay.to': 'для: {name} з району {buurt}',
  'crossPay.from': 'від: {name} з району {buurt}',
  'crossPay.toSomeone': 'для когось з району {buurt}',
  'crossPay.fromSomeone': 'від когось з району {buurt}',
};
