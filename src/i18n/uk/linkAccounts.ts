// Ukrainian texts: the hours between this neighbourhood and a linked one, for its coordinators
// (protocol-links.md §4). Typed by the Dutch file of the same name: a key missing here is a type error.
import type { Translation } from '../messages.ts';
import type { linkAccounts as dutch } from '../nl/linkAccounts.ts';

export const linkAccounts: Translation<typeof dutch> = {
  'linkAccounts.title': 'Години між районами',
  'linkAccounts.records': 'Оплати між районами: {count}',
  'linkAccounts.waiting': 'Ще чекають на обидва райони: {count}',
  'linkAccounts.mirrorNone': '{buurt} ще не надіслав звіт.',
  'linkAccounts.mirrors': 'Звіт району {buurt} збігається з нашим.',
  'linkAccounts.differs':
    'Звіт району {buurt} не збігається з нашим. Перегляньте ці оплати разом із координатором району {buurt}:',
};
