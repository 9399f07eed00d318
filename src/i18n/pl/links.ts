// Polish texts: a coordinator links this neighbourhood with another one (protocol-links.md §1).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { links as dutch } from '../nl/links.ts';

export const links: Translation<typeof dutch> = {
  'links.section': 'Połącz z inną okolicą',
  'links.intro':
    'Połącz swoją okolicę z inną. Wtedy sąsiedzi z obu okolic mogą sobie pomagać. Zróbcie to razem z koordynatorem drugiej okolicy: przez telefon albo obok siebie.',
  'links.termsTitle': 'Na co się umawiacie?',
  'links.categories': 'Jakimi rodzajami pomocy się dzielicie?',
  'links.categoriesHint': 'Nie zaznaczaj nic, aby dzielić się wszystkim. Wybierzcie to samo na obu ekranach.',
  'links.limit': 'O ile godzin więcej może pójść w jedną stronę, niż wraca?',
  'links.limitHint': 'Od 1 do 1000 godzin. Wybierzcie to samo na obu ekranach.',
  'links.limitProblem': 'Wybierz liczbę godzin od 1 do 1000.',
  'links.meetTitle': 'Połącz się z drugim koordynatorem',
  'links.showCode': 'Pokażę kod',
  'links.code': 'Albo wpisz kod drugiego koordynatora',
  'links.connect': 'Połącz',
  'links.connecting': 'Łączenie z drugą okolicą…',
  'links.yourCode': 'Przeczytaj ten kod drugiemu koordynatorowi. On wpisze go w „Połącz z inną okolicą”.',
  'links.yourCodeLabel': 'Twój kod: {code}',
  'links.checkAloud': 'Przeczytajcie sobie nawzajem sześć cyfr.',
  'links.waiting': 'Czekamy na drugą okolicę…',
  'links.compareTitle': 'Czy to jest wasza umowa?',
  'links.compareHint': 'Czy na obu ekranach jest to samo? Wtedy oboje potwierdźcie.',
  'links.termsCaption': 'Umowa obu okolic',
  'links.termCategories': 'Rodzaje pomocy',
  'links.termLimit': 'Granica',
  'links.termSince': 'Od',
  'links.allCategories': 'Wszystko',
  'links.confirm': 'Tak, połącz z {name}',
  'links.decline': 'Nie, nie łącz',
  'links.writing': 'Zapisywanie połączenia…',
  'links.done': 'Gotowe. Wasza okolica jest połączona z {name}.',
  'links.doneNext': 'Połączenie działa, gdy koordynator {name} też potwierdzi.',
  'links.listTitle': 'Połączone okolice',
  'links.none': 'Nie ma jeszcze połączonych okolic.',
  'links.statusOpen': 'Połączenie działa.',
  'links.statusWaiting': 'Czekamy, aż druga okolica też będzie mieć połączenie.',
  'links.problem.otherTerms':
    'Umowa na dwóch ekranach nie jest taka sama. Nic nie zostało połączone. Wybierzcie razem te same rodzaje pomocy i tę samą granicę i zacznijcie od nowa.',
  'links.problem.badOffer': 'Druga okolica wysłała coś, co się nie zgadza. Nic nie zostało połączone. Zacznij od nowa.',
  'links.problem.sameNetwork':
    'To jest wasza własna okolica. Połącz się z koordynatorem innej okolicy. Nic nie zostało połączone.',
  'links.problem.notCoordinator': 'Tylko koordynator może połączyć okolicę.',
  'links.problem.declined': 'Nie połączono. Nic nie zostało zapisane.',
  'links.problem.failed': 'Połączenie się nie udało. Nic nie zostało zapisane. Zacznij od nowa.',
};
