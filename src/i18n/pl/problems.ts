// Polish texts: what went wrong when something was written, and a form field that is not right.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { problems as dutch } from '../nl/problems.ts';

export const problems: Translation<typeof dutch> = {
  'problem.storageFull':
    'Twoje urządzenie jest pełne. Nic nie zginęło: twój tekst nadal tu jest. Zwolnij trochę miejsca i spróbuj jeszcze raz.',
  'problem.session-closed': 'Ta strona została zamknięta. Załaduj ją ponownie i spróbuj jeszcze raz.',
  'problem.no-member-room': 'To urządzenie nie należy jeszcze do sieci. Poczekaj, aż koordynator cię przyjmie.',
  'problem.unknown-post': 'Tego ogłoszenia (jeszcze) nie ma na tym urządzeniu. Spróbuj za chwilę.',
  'problem.unknown-proposal': 'Tego zgłoszenia godzin (jeszcze) nie ma na tym urządzeniu. Spróbuj za chwilę.',
  'problem.unknown-join': 'Tej prośby już tu nie ma. Może inny koordynator już na nią odpowiedział.',
  'problem.no-lobby': 'Poczekalnia sieci nie jest jeszcze otwarta na tym urządzeniu. Spróbuj za chwilę.',
  'problem.no-room-key':
    'To urządzenie nie ma klucza sieci, więc nie możesz tu nikogo przyjąć. Zapytaj innego koordynatora.',
  'problem.lobby-not-ready': 'Twoja prośba jest gotowa. Zostanie wysłana sama, gdy to urządzenie znajdzie sieć.',
  'problem.no-join-details': 'Najpierw wpisz swoje imię.',
  'problem.already-asked': 'Twoja prośba została już wysłana. Koordynator ją przejrzy.',
  'problem.already-admitted': 'Już należysz do sieci.',
  'problem.declined-before':
    'Twoja poprzednia prośba nie została przyjęta. Wyślij nową, jeśli chcesz zapytać jeszcze raz.',
  'problem.not-needed': 'To jest już zrobione, na innym ekranie.',
  'problem.rule.not-member': 'Nie należysz (jeszcze) do tej sieci.',
  'problem.rule.suspended': 'Twoje konto ma przerwę. Porozmawiaj o tym z koordynatorem.',
  'problem.rule.self': 'Tego nie można zrobić z samym sobą.',
  'problem.rule.unknown-member': 'Ten sąsiad nie jest znany w sieci.',
  'problem.rule.not-author': 'Tylko autor ogłoszenia może je zmienić.',
  'problem.rule.not-coordinator': 'To może zrobić tylko koordynator.',
  'problem.rule.no-link': 'Tego połączenia z inną okolicą tu nie ma.',
  'problem.rule.link-ended': 'Połączenie z inną okolicą zostało zakończone.',
  'problem.rule.over-link-limit':
    'Osiągnięto granicę z inną okolicą: więcej godzin poszło tam, niż wróciło. Zapytaj koordynatora.',
  'problem.rule.not-shared': 'To ogłoszenie nie jest udostępniane innej okolicy.',
  'problem.rule.not-roster': 'Tego urządzenia nie ma na liście połączenia.',
  'problem.rule.foreign-type': 'To nie należy do połączenia z inną okolicą.',
  'problem.rule.other': 'To się nie udało. Spróbuj jeszcze raz albo zapytaj koordynatora.',
  'problem.field.too-short': '{field}: wypełnij to pole.',
  'problem.field.too-long': '{field}: to jest za długie. Limit znaków: {max}.',
  'problem.field.range': '{field}: wybierz coś od {min} do {max}.',
  'problem.field.other': '{field}: to się nie zgadza.',
  'problem.catching-up':
    'To urządzenie najpierw pobiera od sąsiadów twoje wcześniejsze wiadomości. Spróbuj za chwilę, gdy ktoś będzie w sieci.',

  'field.title': 'Tytuł',
  'field.text': 'Opis',
  'field.area': 'Ulica lub okolica',
  'field.name': 'Imię',
  'field.minutes': 'Czas',
  'field.what': 'Co zostało zrobione',
  'field.words': 'O tobie',
  'field.rules': 'Zasady',
  'field.creditLimit': 'Granica',
  'field.welcome': 'Prezent na powitanie',
  'field.categories': 'Rodzaje pomocy',
  'field.relays': 'Adres połączenia',
  'field.sealed': 'Wiadomość',
  'field.note': 'Wiadomość',
  'field.other': 'Wpisany tekst',
};
