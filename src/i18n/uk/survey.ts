// Ukrainian texts: the yearly look back (docs/protocol-together.md §6).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { survey as dutch } from '../nl/survey.ts';

export const survey: Translation<typeof dutch> = {
  'survey.title': 'Підсумок року',
  'survey.anonymous':
    'Ваші відповіді анонімні. Ніхто не бачить, що ви відповіли, навіть координатори. Показуються лише підсумки.',
  'survey.until': 'Відкрито до {date}.',
  'survey.none': 'Зараз підсумку немає.',
  'survey.thanks': 'Дякуємо! Ваші відповіді буде надіслано протягом доби, окремо від вашого імені.',
  'survey.send': 'Надіслати',
  'survey.missing': 'Виберіть відповідь на кожне питання.',
  'survey.yes': 'Так',
  'survey.no': 'Ні',
  'survey.scaleLow': '1 = зовсім ні',
  'survey.scaleHigh': '5 = дуже',
  'survey.section': 'Підсумок року',
  'survey.sectionIntro':
    'Раз на рік запитайте учасників, як усе пройшло. Відповіді анонімні. Ви бачите лише підсумки, і лише від 5 відповідей.',
  'survey.new': 'Новий підсумок',
  'survey.titleField': 'Назва',
  'survey.question': 'Питання {n}',
  'survey.questionField': 'Текст питання',
  'survey.kind': 'Вид відповіді',
  'survey.kind.scale': 'Число від 1 до 5',
  'survey.kind.yes-no': 'Так чи ні',
  'survey.kind.choice': 'Вибір зі списку',
  'survey.choice': 'Варіант {n}',
  'survey.addChoice': 'Додати варіант',
  'survey.removeChoice': 'Прибрати варіант {n}',
  'survey.addQuestion': 'Додати питання',
  'survey.removeQuestion': 'Прибрати питання {n}',
  'survey.opens': 'Відкрито з',
  'survey.closes': 'Відкрито до',
  'survey.start': 'Почати підсумок',
  'survey.started': 'Підсумок готовий для учасників.',
  'survey.incomplete': 'Вкажіть назву і текст кожного питання (а для вибору щонайменше 2 варіанти).',
  'survey.badDates': 'Дата кінця має бути після дати початку.',
  'survey.results': 'Підсумки',
  'survey.noSurveys': 'Ще немає підсумку.',
  'survey.period': '{opens} до {closes}',
  'survey.answers': 'Відповіді',
  'survey.answered': 'Учасники, які сказали, що взяли участь',
  'survey.moreAnswers':
    'Відповідей більше, ніж учасників, які сказали, що взяли участь. Можливо, хтось відповів більше одного разу.',
  'survey.tooFew': 'Менше ніж 5 відповідей: поки нічого показати.',
  'survey.answer': 'Відповідь',
  'survey.count': 'Кількість',
  'survey.report': 'Підсумок з учасниками',
  'survey.reportIntro':
    'Що учасники відповіли анонімно, як кількість на кожну відповідь. Менше ніж 5 показано як "< 5"; підсумок з менше ніж 5 відповідями не показано.',
};
