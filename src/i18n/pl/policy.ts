// Polish texts: the network's agreements (the `policy` entry), on the coordinator's settings page.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { policy as dutch } from '../nl/policy.ts';

export const policy: Translation<typeof dutch> = {
  'policy.title': 'Ustalenia sieci',
  'policy.intro':
    'Te ustalenia obowiązują wszystkich od chwili, gdy je zapiszesz. Plan, którego głosy już policzono, zostaje bez zmian.',
  'policy.voteShare': 'Ile procent głosów na tak potrzebuje plan?',
  'policy.voteShareHint': 'Plan idzie naprzód, gdy ponad tę część głosów stanowi tak. Wybierz od 50 do 99.',
  'policy.voteQuorum': 'Ile procent członków musi głosować?',
  'policy.voteQuorumHint': 'Jeśli głosuje mniej członków, plan nie idzie naprzód. Wybierz od 0 do 100.',
  'policy.shareAcross': 'Sąsiedzi mogą pokazywać swoje ogłoszenia także w połączonych dzielnicach',
  'policy.shareAcrossHint':
    'Jeśli to wyłączysz, nikt nie udostępni nowych ogłoszeń. To, co już udostępniono, zostaje tam.',
  'policy.activityPay': 'Kto płaci organizatorowi wydarzenia?',
  'policy.activityPayHint': 'To jest już wybrane, gdy ktoś tworzy wydarzenie. Ta osoba może wybrać inaczej.',
  'policy.save': 'Zapisz ustalenia',
  'policy.saved': 'Zapisano. Nowe ustalenia obowiązują od teraz.',
  'policy.wholeNumber': 'Wpisz liczbę całkowitą od {min} do {max}.',
  'audit.act.policy': 'Zmieniono ustalenia',
};
