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
  'policy.shareAcross': 'Сусіди можуть показувати свої оголошення також у пов’язаних районах',
  'policy.shareAcrossHint':
    'Якщо вимкнеш це, ніхто не зможе ділитися новими оголошеннями. Те, що вже поширено, лишається там.',
  'policy.activityPay': 'Хто платить організаторові заходу?',
  'policy.activityPayHint': 'Це вже вибрано, коли хтось створює захід. Він може вибрати інше.',
  'policy.save': 'Зберегти домовленості',
  'policy.saved': 'Збережено. Нові домовленості діють відтепер.',
  'policy.wholeNumber': 'Введіть ціле число від {min} до {max}.',
  'audit.act.policy': 'Домовленості змінено',
};
