// Ukrainian texts: hours with several people and the thank-you board.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { sharing as dutch } from '../nl/sharing.ts';

export const sharing: Translation<typeof dutch> = {
  'sharing.group.open': 'Години для кількох людей',
  'sharing.group.intro':
    'Допомогли кілька сусідів? Або ти допоміг кільком сусідам? Запиши це одним разом. Кожен сусід підтверджує свою частину.',
  'sharing.group.pay': 'Я даю години цим сусідам',
  'sharing.group.receive': 'Я отримую години від цих сусідів',
  'sharing.group.direction': 'Хто отримує години?',
  'sharing.group.who': 'Обери сусідів',
  'sharing.group.minutesFor': 'Хвилини для: {name}',
  'sharing.group.what': 'Що було зроблено?',
  'sharing.group.send': 'Надіслати',
  'sharing.group.sent': 'Надіслано. Тепер кожен сусід підтверджує свою частину.',
  'sharing.group.noneChosen': 'Обери хоча б одного сусіда.',
  'sharing.group.badMinutes': 'Вкажи для кожного сусіда від 1 хвилини до 24 годин.',
  'sharing.parts.title': 'Години для підтвердження',
  'sharing.parts.intro': 'Чи це правильно? Години переходять, лише коли ви обоє скажете так.',
  'sharing.parts.youGet': '{name} дає тобі {hours}: {what}',
  'sharing.parts.youGive': 'Ти даєш {name} {hours}: {what}',
  'sharing.parts.agree': 'Так, правильно',
  'sharing.parts.decline': 'Ні, неправильно',
  'sharing.parts.mine': 'Години з кількома людьми',
  'sharing.parts.moved': 'Зараховано',
  'sharing.parts.declined': 'Не відбулося',
  'sharing.parts.waiting': 'Чекає на підтвердження',
  'sharing.thanks.nav': 'Подяки',
  'sharing.thanks.title': 'Подяки',
  'sharing.thanks.intro': 'Подяки від сусідів сусідам. Подяка з’являється тут, лише коли обидва згодні.',
  'sharing.thanks.none': 'На дошці ще немає подяк.',
  'sharing.thanks.fromTo': '{from} дякує: {to}',
  'sharing.thanks.mineTitle': 'Твої подяки',
  'sharing.thanks.mineIntro':
    'Чи можна показати цю подяку на дошці? Обидва мають сказати так. Ти завжди можеш її прибрати.',
  'sharing.thanks.mineNone': 'Ти ще не давав і не отримував подяк.',
  'sharing.thanks.show': 'Так, на дошку',
  'sharing.thanks.hide': 'Ні, не на дошку',
  'sharing.thanks.onBoard': 'На дошці',
  'sharing.thanks.waitOther': 'Чекає на: {name}',
  'sharing.thanks.notShown': 'Не на дошці',
  'sharing.thanks.hidden': 'Приховано координатором',
  'sharing.thanks.kiosk': 'Подяки з сусідства',
};
