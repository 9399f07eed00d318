// Ukrainian texts: moving a timebank over from TimeOverflow.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { importing as dutch } from '../nl/importing.ts';

export const importing: Translation<typeof dutch> = {
  'import.title': 'Перехід із TimeOverflow',
  'import.intro':
    'У вашому районі був банк часу в TimeOverflow? Перенесіть сусідів, їхні баланси й пропозиції в цю нову мережу. Це можливо лише доти, доки в мережі ще немає інших сусідів.',
  'import.membersFile': 'Список учасників із TimeOverflow (CSV)',
  'import.membersHint':
    'У TimeOverflow: Звіти, Учасники, CSV. E-mail і телефон не переносяться: Buurtruil зберігає лише ім’я й район.',
  'import.offersFile': 'Пропозиції з TimeOverflow (CSV, можна залишити порожнім)',
  'import.look': 'Подивитися, що буде перенесено',
  'import.needMembers': 'Спершу виберіть список учасників.',
  'import.summary': 'Переносимо сусідів: {members}, пропозицій: {posts}. Разом вони приносять {hours}.',
  'import.membersCaption': 'Хто переноситься',
  'import.opening': 'Баланс',
  'import.problems': 'Це не буде перенесено',
  'import.notices': 'Це буде перенесено з невеликою зміною',
  'import.issueLine': '{file}, рядок {line}: {what}',
  'import.issue.unreadable': 'файл не вдається прочитати ({value})',
  'import.issue.not-members-report': 'це не список учасників TimeOverflow',
  'import.issue.not-posts-report': 'це не список пропозицій TimeOverflow',
  'import.issue.too-few-fields': 'замало стовпців ({value})',
  'import.issue.missing-name': 'немає імені (учасник {value})',
  'import.issue.name-too-long': 'ім’я задовге: {value}',
  'import.issue.duplicate-number': 'номер учасника {value} трапляється двічі',
  'import.issue.bad-balance': 'баланс не є числом: {value}',
  'import.issue.balance-too-large': 'баланс завеликий: {value}',
  'import.issue.missing-title': 'немає назви (пропозиція {value})',
  'import.issue.unknown-member': 'від когось, кого немає в списку учасників: {value}',
  'import.issue.balance-rounded': 'баланс округлено до цілих хвилин (секунди: {value})',
  'import.issue.area-shortened': 'район скорочено: {value}',
  'import.issue.title-shortened': 'назву скорочено: {value}',
  'import.issue.category-guessed': 'вид допомоги вгадано (було: {value})',
  'import.consent': 'Що ви сказали сусідам',
  'import.consentHint': 'Це зберігається з кожним перенесеним сусідом.',
  'import.consentDefault':
    'Ваше ім’я, баланс і пропозиції з TimeOverflow перенесено в Buurtruil за вашою згодою. E-mail і телефон не перенесено.',
  'import.potNote': 'Спільна скарбничка буде на мінус {hours}: разом з усіма балансами це завжди нуль.',
  'import.run': 'Перенести сусідів (кількість: {count})',
  'import.done': 'Перенесено сусідів: {members}, пропозицій: {posts}.',
  'import.notNew': 'У цій мережі вже є сусіди. Переносити можна лише в нову мережу.',
  'import.claim':
    'Перенесені сусіди отримують свої години, коли зголошуються: з карткою учасника або на власному телефоні, після чого координатор переносить їхній обліковий запис.',
  'import.issue.tags-shortened': 'не всі ключові слова вміщаються: пропущено {value}',
};
