// Turkish texts: a member moves house to a linked neighbourhood (protocol-links.md §5).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { moving as dutch } from '../nl/moving.ts';

export const moving: Translation<typeof dutch> = {
  'move.title': 'Başka bir mahalleye taşınmak',
  'move.intro': 'Bu mahalleye bağlı bir mahalleye mi taşınıyorsun? O zaman saatlerini yanında götürebilirsin.',
  'move.choose': 'Hangi mahalleye taşınıyorsun?',
  'move.what': 'Ne olur?',
  'move.hoursGo': 'Saatlerin seninle gelir: {hours}.',
  'move.historyStays': 'Burada yaptıkların burada saklı kalır.',
  'move.bothAgree': 'Senin koordinatörün ve {to} koordinatörü ikisi de evet demeli.',
  'move.afterwards': 'Sonra {to} mahallesinin komşususun. Burada artık bir şey yapamazsın.',
  'move.confirm': 'Evet, {to} mahallesine taşınmak istiyorum',
  'move.asked': '{to} mahallesine taşınmak istedin. Koordinatörler henüz evet demedi.',
  'move.done': '{to} mahallesine taşındın. Saatlerin seninle geldi.',
  'move.open': '{to} mahallesine git',
  'move.waitKey': '{to} erişimini gönderene kadar bekle…',
  'move.thisDevice': 'Bu telefon veya bilgisayarla taşınırsın. Başka bir cihazı sonra {to} içinde yeniden bağlarsın.',
  'move.otherDevice': '{to} erişimin, taşınmayı istediğin telefonda veya bilgisayarda. Orada devam et.',
  'move.requestsTitle': 'Taşınmak isteyen komşular',
  'move.requestRow': '{name}, {to} mahallesine gitmek istiyor. Giden saatler: {hours}.',
  'move.agree': 'Evet, {name} {to} mahallesine taşınıyor',
  'move.incomingTitle': 'Buraya taşınan komşular',
  'move.incomingRow': '{name}, {from} mahallesinden geliyor, {hours} ile.',
  'move.welcome': 'Evet, hoş geldin {name}',
  'move.movedTitle': 'Taşındı',
  'move.movedRow': '{name}, {to} mahallesine taşındı. {name} burada ne yaptıysa saklı kalır.',
};
