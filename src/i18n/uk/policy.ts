// Ukrainian texts: the network's agreements (the `policy` entry), on the coordinator's settings page.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { policy as dutch } from '../nl/policy.ts';

export const policy: Translation<typeof dutch> = {
  'policy.title': 'Домовленості мережі',
  'policy.intro':
    'Ці домовленості діють для всіх з моменту, коли ви їх збережете. План, голоси за який уже пораховано, лишається як є.',
  'policy.voteShare': 'Скільки відсотків голосів «так» потрібно плану?',
  'policy.voteShareHint': 'План іде далі, коли понад цю частку голосів — «так». Виберіть від 50 до 99.',
  'policy.voteQuorum': 'Скільки відсотків учасників мають проголосувати?',
  'policy.voteQuorumHint': 'Якщо голосує менше учасників, план не йде далі. Виберіть від 0 до 100.',
  'policy.activityPay': 'Хто платить організаторові заходу?',
  'policy.activityPayHint': 'Це вже вибрано, коли хтось створює захід. Він може вибрати інше.',
  'policy.checkpointQuorum': 'Скільки координаторів підписують підсумок?',
  'policy.checkpointQuorumHint':
    'Щокварталу пристрої роблять підсумок усього, що сталося. Стільки координаторів (або кіоск) мають його схвалити. Виберіть від 1 до 5.',
  'policy.retention': 'Скільки днів пристрої зберігають приватне повідомлення для інших?',
  'policy.retentionHint':
    'Так повідомлення доходить, навіть коли когось довго не було. Виберіть від 7 до 365. Це ще не працює.',
  'policy.shareAcross': 'Сусіди можуть показувати свої оголошення в пов’язаних мережах',
  'policy.shareAcrossHint': 'Пов’язувати мережі ще не можна. Цей вибір діятиме, щойно це стане можливим.',
  'policy.save': 'Зберегти домовленості',
  'policy.saved': 'Збережено. Нові домовленості діють відтепер.',
  'policy.wholeNumber': 'Введіть ціле число від {min} до {max}.',
  'audit.act.policy': 'Домовленості змінено',
};
