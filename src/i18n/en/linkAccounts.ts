// English texts: the hours between this neighbourhood and a linked one, for its coordinators
// (protocol-links.md §4). Typed by the Dutch file of the same name: a key missing here is a type error.
import type { Translation } from '../messages.ts';
import type { linkAccounts as dutch } from '../nl/linkAccounts.ts';

export const linkAccounts: Translation<typeof dutch> = {
  'linkAccounts.title': 'Hours between the neighbourhoods',
  'linkAccounts.records': 'Payments between the neighbourhoods: {count}',
  'linkAccounts.waiting': 'Still waiting for both neighbourhoods: {count}',
  'linkAccounts.mirrorNone': '{buurt} has not sent an overview yet.',
  'linkAccounts.mirrors': 'The overview of {buurt} matches ours.',
  'linkAccounts.differs':
    'The overview of {buurt} does not match ours. Look at these payments together with the coordinator of {buurt}:',
};
