// Ukrainian texts: what went wrong when something was written, and a form field that is not right.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { problems as dutch } from '../nl/problems.ts';

export const problems: Translation<typeof dutch> = {
  'problem.storageFull':
    'Пам’ять вашого пристрою заповнена. Нічого не втрачено: ваш текст досі тут. Звільніть трохи місця і спробуйте ще раз.',
  'problem.session-closed': 'Цю сторінку закрито. Перезавантажте її і спробуйте ще раз.',
  'problem.no-member-room': 'Цей пристрій ще не входить до мережі. Зачекайте, поки координатор вас прийме.',
  'problem.unknown-post': 'Цього оголошення (ще) немає на цьому пристрої. Спробуйте ще раз трохи згодом.',
  'problem.unknown-proposal': 'Цієї пропозиції годин (ще) немає на цьому пристрої. Спробуйте ще раз трохи згодом.',
  'problem.unknown-join': 'Цієї заявки тут (уже) немає. Можливо, інший координатор уже на неї відповів.',
  'problem.no-lobby': 'Кімната очікування мережі ще не відкрита на цьому пристрої. Спробуйте ще раз трохи згодом.',
  'problem.no-room-key':
    'Цей пристрій не має ключа мережі, тому звідси нікого не можна прийняти. Зверніться до іншого координатора.',
  'problem.lobby-not-ready': 'Ваша заявка готова. Вона надішлеться сама, щойно цей пристрій знайде мережу.',
  'problem.no-join-details': 'Спершу впишіть своє ім’я.',
  'problem.already-asked': 'Вашу заявку вже надіслано. Координатор її перегляне.',
  'problem.already-admitted': 'Вас уже прийнято.',
  'problem.declined-before': 'Вашу попередню заявку не прийнято. Надішліть нову, якщо хочете попросити ще раз.',
  'problem.not-needed': 'Це вже зроблено, на іншому екрані.',
  'problem.rule.not-member': 'Ви (ще) не в цій мережі.',
  'problem.rule.suspended': 'Ваш обліковий запис на паузі. Поговоріть про це з координатором.',
  'problem.rule.self': 'Так не можна зробити із самим собою.',
  'problem.rule.unknown-member': 'Такого сусіда в мережі немає.',
  'problem.rule.not-author': 'Змінити оголошення може лише той, хто його розмістив.',
  'problem.rule.not-coordinator': 'Це може зробити лише координатор.',
  'problem.rule.no-link': "Цього зв'язку з іншою громадою тут немає.",
  'problem.rule.link-ended': "Зв'язок з іншою громадою завершено.",
  'problem.rule.over-link-limit':
    'Досягнуто межі з іншою громадою: туди пішло більше годин, ніж повернулося. Запитайте координатора.',
  'problem.rule.not-shared': 'Це оголошення не поширюється на іншу громаду.',
  'problem.rule.not-roster': "Цього пристрою немає у списку зв'язку.",
  'problem.rule.foreign-type': "Це не належить до зв'язку з іншою громадою.",
  'problem.rule.other': 'Не вийшло. Спробуйте ще раз або запитайте координатора.',
  'problem.field.too-short': '{field}: заповніть, будь ласка.',
  'problem.field.too-long': '{field}: задовго. Найбільше символів: {max}.',
  'problem.field.range': '{field}: виберіть від {min} до {max}.',
  'problem.field.other': '{field}: тут щось не так.',
  'problem.catching-up':
    'Цей пристрій спершу отримує ваші попередні повідомлення від сусідів. Спробуйте ще раз трохи згодом, коли хтось буде онлайн.',
  'field.title': 'Назва',
  'field.text': 'Опис',
  'field.area': 'Вулиця або район',
  'field.name': 'Ім’я',
  'field.minutes': 'Час',
  'field.what': 'Що зроблено',
  'field.words': 'Про себе',
  'field.rules': 'Правила',
  'field.creditLimit': 'Межа',
  'field.welcome': 'Вітальний подарунок',
  'field.categories': 'Види допомоги',
  'field.relays': 'Адреса з’єднання',
  'field.sealed': 'Повідомлення',
  'field.note': 'Повідомлення',
  'field.other': 'Введені дані',
};
