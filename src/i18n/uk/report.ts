// Ukrainian texts: the monthly report without names.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { report as dutch } from '../nl/report.ts';

export const report: Translation<typeof dutch> = {
  'report.title': 'Звіт: що робить мережа?',
  'report.noNetwork': 'Цей пристрій ще не належить до сусідської мережі.',
  'report.intro': 'Мережа «{name}»: дані за кожен місяць, створено {date}.',
  'report.privacy':
    'Без імен і без даних про окремих людей. Малі числа (менше 5) показано як «< 5», щоб нікого не можна було впізнати. Більші числа й години округлено до 5.',
  'report.print': 'Надрукувати',
  'report.csv': 'Зберегти дані (CSV)',
  'report.fileName': 'buurtruil-звіт',
  'report.empty': 'Ще немає даних.',
  'report.month': 'Місяць',
  'report.members': 'Учасники',
  'report.activeMembers': 'Активні учасники',
  'report.newMembers': 'Нові учасники',
  'report.exchanges': 'Скільки разів допомогли',
  'report.hours': 'Години',
  'report.reciprocal': 'Учасники, які і давали, і отримували',
  'report.categories': 'Види допомоги: {month}',
  'report.category': 'Вид допомоги',
  'report.other': 'Інше',
  'report.few': '< 5',
  'report.hidden': 'приховано',
  'report.closedOnly':
    'Дані поточного місяця з’являться, коли місяць закриється: через тиждень після його кінця, щоб урахувати й те, що надходить із запізненням.',
  'report.stories': 'Історії з сусідства',
  'report.storyWith': 'Разом із: {names}',
  'report.storiesIntro': 'Історії, на які погодилися всі, хто в них є.',
};
