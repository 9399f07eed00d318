// Ukrainian texts: activities and plans in the report for funders (docs/protocol-together.md §8).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { togetherReport as dutch } from '../nl/togetherReport.ts';

export const togetherReport: Translation<typeof dutch> = {
  'togetherReport.title': 'Разом: заходи та плани',
  'togetherReport.intro':
    'Заходи, що відбулися, хто брав участь і що отримали організатори; плани, за які голосували, і що з них заплачено. Години показано, лише якщо їх отримали щонайменше 5 людей.',
  'togetherReport.csv': 'Зберегти дані «Разом» (CSV)',
  'togetherReport.fileName': 'buurtruil-разом',
  'togetherReport.held': 'Заходи',
  'togetherReport.participants': 'Люди, які брали участь',
  'togetherReport.organiserHours': 'Години для організаторів',
  'togetherReport.accepted': 'Плани прийняті',
  'togetherReport.rejected': 'Плани відхилені',
  'togetherReport.planHours': 'Години, заплачені з планів',
  'togetherReport.plans': 'Плани',
  'togetherReport.plansIntro': 'Лише плани, до яких дали щонайменше 5 учасників або з яких їм заплатили.',
  'togetherReport.plan': 'Назва плану',
  'togetherReport.result': 'Результат',
  'togetherReport.planAccepted': 'Прийнято',
  'togetherReport.planRejected': 'Відхилено',
  'togetherReport.planMembers': 'Учасники',
  'togetherReport.planPaid': 'Заплачені години',
};
