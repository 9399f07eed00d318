// Arabic texts: the hours between this neighbourhood and a linked one, for its coordinators
// (protocol-links.md §4). Typed by the Dutch file of the same name: a key missing here is a type error.
import type { Translation } from '../messages.ts';
import type { linkAccounts as dutch } from '../nl/linkAccounts.ts';

export const linkAccounts: Translation<typeof dutch> = {
  'linkAccounts.title': 'الساعات بين الحيّين',
  'linkAccounts.records': 'الدفعات بين الحيّين: {count}',
  'linkAccounts.waiting': 'ما زالت بانتظار الحيّين: {count}',
  'linkAccounts.mirrorNone': 'لم يرسل {buurt} ملخّصًا بعد.',
  'linkAccounts.mirrors': 'ملخّص {buurt} يطابق ملخّصنا.',
  'linkAccounts.differs': 'ملخّص {buurt} لا يطابق ملخّصنا. راجعوا هذه الدفعات مع منسّق {buurt}:',
};
