// Ukrainian texts: posts and messages across a link with another neighbourhood (protocol-links.md §3).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { across as dutch } from '../nl/across.ts';

export const across: Translation<typeof dutch> = {
  'across.shareLegend': 'Показати також у пов’язаному районі?',
  'across.shareIn': 'Показати також у {place}',
  'across.shareHint': 'Сусіди там побачать твоє оголошення та твоє ім’я і зможуть написати тобі.',
  'across.notInTerms': '{place}: не можна. {category} не входить до домовленості з цим районом.',
  'across.shared': 'Також видно в {place}. Якщо ти прибереш це оголошення, воно зникне і там.',
  'across.from': 'Це оголошення з {place} — району, пов’язаного з вашим.',
  'across.someoneFrom': 'Сусід з {place}',
  'across.title': 'Розмова з {name} з {place}',
  'across.titleSomeone': 'Розмова із сусідом з {place}',
  'across.fieldSomeone': 'Напиши цьому сусідові з {place}',
  'across.private':
    'Це можете читати лише ви двоє. Воно йде через комп’ютери координаторів, тож відповідь може трохи забаритися.',
  'across.field': 'Напиши {name} з {place}',
  'across.send': 'Надіслати',
  'across.sent': 'Надіслано.',
  'across.responses': 'Відгуки з інших районів',
  'across.conversations': 'Розмови з іншими районами',
  'across.about': 'Про: {title}',
};
