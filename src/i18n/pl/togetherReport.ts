// Polish texts: activities and plans in the report for funders (docs/protocol-together.md §8).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { togetherReport as dutch } from '../nl/togetherReport.ts';

export const togetherReport: Translation<typeof dutch> = {
  'togetherReport.title': 'Razem: wydarzenia i plany',
  'togetherReport.intro':
    'Wydarzenia, które się odbyły, kto wziął udział i co dostali organizatorzy; plany, nad którymi głosowano, i co z nich zapłacono. Godziny są pokazane tylko, gdy dostało je co najmniej 5 osób.',
  'togetherReport.csv': 'Zapisz dane „Razem” (CSV)',
  'togetherReport.fileName': 'buurtruil-razem',
  'togetherReport.held': 'Wydarzenia',
  'togetherReport.participants': 'Osoby, które wzięły udział',
  'togetherReport.organiserHours': 'Godziny dla organizatorów',
  'togetherReport.accepted': 'Plany przyjęte',
  'togetherReport.rejected': 'Plany odrzucone',
  'togetherReport.planHours': 'Godziny zapłacone z planów',
  'togetherReport.plans': 'Plany',
  'togetherReport.plansIntro': 'Tylko plany, na które dało co najmniej 5 członków lub z których im zapłacono.',
  'togetherReport.plan': 'Nazwa planu',
  'togetherReport.result': 'Wynik',
  'togetherReport.planAccepted': 'Przyjęty',
  'togetherReport.planRejected': 'Odrzucony',
  'togetherReport.planMembers': 'Członkowie',
  'togetherReport.planPaid': 'Zapłacone godziny',
};
