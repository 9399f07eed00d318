// Ukrainian texts: the app name, the menu, the language switch, the connection, and a browser that cannot run the app.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { common as dutch } from '../nl/common.ts';

export const common: Translation<typeof dutch> = {
  'app.name': 'Buurtruil',
  'app.tagline': 'Сусіди допомагають одне одному. Кожна година варта стільки ж.',
  'language.label': 'Мова',
  'nav.label': 'Головне меню',
  'nav.board': 'Дошка',
  'nav.new': 'Просити чи дати',
  'nav.hours': 'Мої години',
  'nav.coordinator': 'Координатор',
  'nav.more': 'Більше',
  'nav.together': 'Разом',
  'more.title': 'Більше',
  'more.pages': 'Інші сторінки',
  'install.title': 'Додайте Buurtruil на головний екран',
  'install.android': 'Android: відкрийте меню браузера (⋮) і виберіть «Додати на головний екран».',
  'install.iphone': 'iPhone: торкніться «Поділитися» (квадрат зі стрілкою) і виберіть «На початковий екран».',
  'install.dismiss': 'Зрозуміло',
  'share.share': 'Поділитися',
  'share.copy': 'Копіювати посилання',
  'share.copied': 'Посилання скопійовано.',
  'common.back': 'Назад',
  'common.cancel': 'Скасувати',
  'common.loading': 'Завантаження…',
  'common.you': 'Ви',
  'common.someone': 'Хтось із сусідів',
  'common.brokenPage': 'Цю сторінку зараз не вдається показати. Перезавантажте її; нічого не втрачено.',
  'common.brokenCard': 'Цю частину не вдається показати. Усе інше працює.',
  'status.label': 'Зв’язок',
  'status.offline': 'Немає зв’язку. Те, що ви робите, зберігається і буде передано пізніше.',
  'status.alone': 'Зараз немає сусідів онлайн. Те, що ви робите, дійде до інших, щойно хтось з’явиться.',
  'status.peers': 'Сусідів онлайн зараз: {count}.',
  'status.short.offline': 'Немає зв’язку',
  'status.short.alone': 'Зв’язок є',
  'status.short.peers': 'Сусіди онлайн: {count}',
  'integrity.refused':
    'Надійшло щось неправильне (повідомлень: {count}), наприклад підробка. Це не прийнято. Нічого не втрачено.',
  'integrity.storageFull':
    'Пам’ять цього пристрою заповнена. Те, що пишуть сусіди, надходить, але зараз не може тут зберегтися. Звільніть трохи місця; нічого не втрачено.',
  'integrity.restored': 'Хтось намагався видалити або змінити повідомлення (кількість: {count}). Їх повернуто.',
  'browser.title': 'Buurtruil не може тут запуститися',
  'browser.insecure':
    'Цю сторінку відкрито без захисту (адреса починається з http://, а не з https://), і тому браузер не дає Buurtruil працювати.',
  'browser.insecure.todo': 'Відкрийте адресу, що починається з https://. Не знаєте яку? Запитайте координатора.',
  'browser.no-crypto': 'Цьому браузеру бракує захисту, який потрібен Buurtruil; мабуть, він застарий.',
  'browser.no-crypto.todo':
    'Оновіть браузер або скористайтеся іншим, наприклад Chrome, Firefox чи Safari. Не виходить? Запитайте координатора.',
  'browser.no-storage':
    'Цей браузер не може нічого зберігати на цьому пристрої, а Buurtruil зберігає все на вашому власному пристрої.',
  'browser.no-storage.todo':
    'Скористайтеся іншим браузером, наприклад Chrome, Firefox чи Safari. Не виходить? Запитайте координатора.',
  'browser.storage-refused': 'Цей браузер не хоче нічого зберігати, наприклад тому, що це приватне вікно (інкогніто).',
  'browser.storage-refused.todo': 'Відкрийте Buurtruil у звичайному вікні. Не виходить? Запитайте координатора.',
  'browser.no-webrtc': 'Цей браузер не може з’єднатися напряму з пристроями сусідів (WebRTC вимкнено).',
  'browser.no-webrtc.todo': 'Увімкніть WebRTC або скористайтеся іншим браузером. Не виходить? Запитайте координатора.',
  'browser.noscript':
    'Buurtruil працює лише з увімкненим JavaScript. Увімкніть його або попросіть допомоги в координатора.',
};
