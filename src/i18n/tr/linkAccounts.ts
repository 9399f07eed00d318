// Turkish texts: the hours between this neighbourhood and a linked one, for its coordinators
// (protocol-links.md §4). Typed by the Dutch file of the same name: a key missing here is a type error.
import type { Translation } from '../messages.ts';
import type { linkAccounts as dutch } from '../nl/linkAccounts.ts';

export const linkAccounts: Translation<typeof dutch> = {
  'linkAccounts.title': 'Mahalleler arasındaki saatler',
  'linkAccounts.records': 'Mahalleler arasındaki ödemeler: {count}',
  'linkAccounts.waiting': 'Hâlâ iki mahalleyi bekleyen: {count}',
  'linkAccounts.mirrorNone': '{buurt} henüz bir özet göndermedi.',
  'linkAccounts.mirrors': '{buurt} mahallesinin özeti bizimkiyle aynı.',
  'linkAccounts.differs':
    '{buurt} mahallesinin özeti bizimkiyle aynı değil. Bu ödemelere {buurt} koordinatörüyle birlikte bakın:',
};
