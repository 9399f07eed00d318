// English texts: activities and plans in the report for funders (docs/protocol-together.md §8).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { togetherReport as dutch } from '../nl/togetherReport.ts';

export const togetherReport: Translation<typeof dutch> = {
  'togetherReport.title': 'Together: activities and plans',
  'togetherReport.intro':
    'Activities that took place, who took part and what the organisers received; plans that were voted on and what was paid from them. Hours are shown only when at least 5 people received them.',
  'togetherReport.csv': 'Save together figures (CSV)',
  'togetherReport.fileName': 'buurtruil-together',
  'togetherReport.held': 'Activities',
  'togetherReport.participants': 'People who took part',
  'togetherReport.organiserHours': 'Hours for organisers',
  'togetherReport.accepted': 'Plans accepted',
  'togetherReport.rejected': 'Plans rejected',
  'togetherReport.planHours': 'Hours paid from plans',
  'togetherReport.plans': 'Plans',
  'togetherReport.plansIntro': 'Only plans that at least 5 members gave to or were paid from.',
  'togetherReport.plan': 'Name of the plan',
  'togetherReport.result': 'Result',
  'togetherReport.planAccepted': 'Accepted',
  'togetherReport.planRejected': 'Rejected',
  'togetherReport.planMembers': 'Members',
  'togetherReport.planPaid': 'Hours paid',
};
