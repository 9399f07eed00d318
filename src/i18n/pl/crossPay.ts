// Polish texts: a member pays hours to a member of a linked neighbourhood (protocol-links.md §4).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { crossPay as dutch } from '../nl/crossPay.ts';

export const crossPay: Translation<typeof dutch> = {
  'crossPay.title': 'Zapłać godziny komuś z innej dzielnicy',
  'crossPay.intro': 'Czy ktoś z połączonej dzielnicy ci pomógł? Zapłać godziny tutaj.',
  'crossPay.payTo': 'Zapłać godziny: {name} z dzielnicy {buurt}',
  'crossPay.send': 'Zapłać',
  'crossPay.cancel': 'Nie teraz',
  'crossPay.sent':
    'Godziny zostały wysłane. Teraz czekamy na obie dzielnice: liczą się, gdy twoja dzielnica i {buurt} zobaczą płatność.',
  'crossPay.overLinkLimit':
    'Osiągnięto granicę z dzielnicą {buurt}: więcej godzin poszło tam, niż wróciło. Zapytaj koordynatora.',
  'crossPay.ended': 'Połączenie z dzielnicą {buurt} zostało zakończone. Nie możesz już płacić godzin tej dzielnicy.',
  'crossPay.notOpen': 'Połączenie z dzielnicą {buurt} jeszcze nie działa. Spróbuj później.',
  'crossPay.waiting': 'czeka na obie dzielnice',
  'crossPay.to': 'dla: {name} z dzielnicy {buurt}',
  'crossPay.from': 'od: {name} z dzielnicy {buurt}',
  'crossPay.toSomeone': 'dla kogoś z dzielnicy {buurt}',
  'crossPay.fromSomeone': 'od kogoś z dzielnicy {buurt}',
};
