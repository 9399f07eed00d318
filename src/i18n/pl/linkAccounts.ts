// Polish texts: the hours between this neighbourhood and a linked one, for its coordinators
// (protocol-links.md §4). Typed by the Dutch file of the same name: a key missing here is a type error.
import type { Translation } from '../messages.ts';
import type { linkAccounts as dutch } from '../nl/linkAccounts.ts';

export const linkAccounts: Translation<typeof dutch> = {
  'linkAccounts.title': 'Godziny między dzielnicami',
  'linkAccounts.records': 'Płatności między dzielnicami: {count}',
  'linkAccounts.waiting': 'Nadal czeka na obie dzielnice: {count}',
  'linkAccounts.mirrorNone': '{buurt} nie wysłała jeszcze zestawienia.',
  'linkAccounts.mirrors': 'Zestawienie dzielnicy {buurt} zgadza się z naszym.',
  'linkAccounts.differs':
    'Zestawienie dzielnicy {buurt} nie zgadza się z naszym. Sprawdźcie te płatności razem z koordynatorem dzielnicy {buurt}:',
};
