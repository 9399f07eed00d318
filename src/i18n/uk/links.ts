// Ukrainian texts: a coordinator links this neighbourhood with another one (protocol-links.md §1).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { links as dutch } from '../nl/links.ts';

export const links: Translation<typeof dutch> = {
  'links.section': "Зв'язати з іншим районом",
  'links.intro':
    "Зв'яжіть свій район з іншим. Тоді сусіди з обох районів зможуть допомагати одне одному. Робіть це разом із координатором іншого району: телефоном або поруч.",
  'links.termsTitle': 'Про що ви домовляєтеся?',
  'links.categories': 'Якими видами допомоги ви ділитеся?',
  'links.categoriesHint': 'Нічого не позначайте, щоб ділитися всім. Виберіть те саме на обох екранах.',
  'links.limit': 'На скільки годин більше може піти в один бік, ніж повернутися?',
  'links.limitHint': 'Від 1 до 1000 годин. Виберіть те саме на обох екранах.',
  'links.limitProblem': 'Виберіть кількість годин від 1 до 1000.',
  'links.meetTitle': "Зв'язок з іншим координатором",
  'links.showCode': 'Я покажу код',
  'links.code': 'Або введіть код іншого координатора',
  'links.connect': "З'єднати",
  'links.connecting': "З'єднання з іншим районом…",
  'links.yourCode': "Прочитайте цей код іншому координатору. Він введе його в «Зв'язати з іншим районом».",
  'links.yourCodeLabel': 'Ваш код: {code}',
  'links.checkAloud': 'Прочитайте одне одному шість цифр.',
  'links.waiting': 'Чекаємо на інший район…',
  'links.compareTitle': 'Це ваша домовленість?',
  'links.compareHint': 'На обох екранах те саме? Тоді підтвердіть обоє.',
  'links.termsCaption': 'Домовленість обох районів',
  'links.termCategories': 'Види допомоги',
  'links.termLimit': 'Межа',
  'links.termSince': 'Від',
  'links.allCategories': 'Усе',
  'links.confirm': "Так, зв'язати з {name}",
  'links.decline': "Ні, не зв'язувати",
  'links.writing': "Зв'язок зберігається…",
  'links.done': "Готово. Ваш район зв'язаний з {name}.",
  'links.doneNext': "Зв'язок запрацює, коли координатор {name} теж підтвердить.",
  'links.listTitle': "Зв'язані райони",
  'links.none': "Ще немає зв'язаних районів.",
  'links.statusOpen': "Зв'язок працює.",
  'links.statusWaiting': "Чекаємо, поки інший район теж матиме зв'язок.",
  'links.problem.otherTerms':
    "Домовленість на двох екранах не однакова. Нічого не зв'язано. Виберіть разом ті самі види допомоги й ту саму межу та почніть знову.",
  'links.problem.badOffer': "Інший район надіслав щось неправильне. Нічого не зв'язано. Почніть знову.",
  'links.problem.sameNetwork': "Це ваш власний район. Зв'яжіться з координатором іншого району. Нічого не зв'язано.",
  'links.problem.notCoordinator': "Тільки координатор може зв'язати район.",
  'links.problem.declined': "Ви не зв'язали. Нічого не збережено.",
  'links.problem.failed': "Зв'язати не вдалося. Нічого не збережено. Почніть знову.",
};
