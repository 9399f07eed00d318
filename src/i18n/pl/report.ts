// Polish texts: the monthly report without names.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { report as dutch } from '../nl/report.ts';

export const report: Translation<typeof dutch> = {
  'report.title': 'Raport: co robi sieć?',
  'report.noNetwork': 'To urządzenie nie należy jeszcze do sieci sąsiedzkiej.',
  'report.intro': 'Sieć: {name}. Liczby za każdy miesiąc. Data raportu: {date}.',
  'report.privacy':
    'Bez imion i bez liczb dla pojedynczych osób. Małe liczby (poniżej 5) są pokazane jako „< 5”, żeby nikogo nie dało się rozpoznać. Większe liczby i godziny są zaokrąglone do 5.',
  'report.print': 'Drukuj',
  'report.csv': 'Zapisz liczby (CSV)',
  'report.fileName': 'buurtruil-raport',
  'report.empty': 'Jeszcze brak liczb.',
  'report.month': 'Miesiąc',
  'report.members': 'Członkowie',
  'report.activeMembers': 'Aktywni członkowie',
  'report.newMembers': 'Nowi członkowie',
  'report.exchanges': 'Ile razy była pomoc',
  'report.hours': 'Godziny',
  'report.reciprocal': 'Członkowie, którzy dawali i dostawali',
  'report.categories': 'Rodzaje pomocy: {month}',
  'report.category': 'Rodzaj pomocy',
  'report.other': 'Inne',
  'report.few': '< 5',
  'report.hidden': 'ukryte',
  'report.closedOnly':
    'Liczby z bieżącego miesiąca pojawią się, gdy miesiąc zostanie zamknięty: tydzień po jego końcu, żeby liczyło się też to, co przyjdzie później.',
  'report.stories': 'Historie z sąsiedztwa',
  'report.storyWith': 'Razem z: {names}',
  'report.storiesIntro': 'Historie, na które wszyscy w nich się zgodzili.',
};
