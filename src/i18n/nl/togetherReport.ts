// Dutch texts: activities and plans in the report for funders (docs/protocol-together.md §8).
// Dutch names the keys (see ../messages.ts).
export const togetherReport = {
  'togetherReport.title': 'Samen: activiteiten en plannen',
  'togetherReport.intro':
    'Activiteiten die doorgingen, wie meedeed en wat de organisatoren kregen; plannen waarover is gestemd en wat eruit betaald is. Uren staan er alleen als minstens 5 mensen ze kregen.',
  'togetherReport.csv': 'Cijfers samen opslaan (CSV)',
  'togetherReport.fileName': 'buurtruil-samen',
  'togetherReport.held': 'Activiteiten',
  'togetherReport.participants': 'Mensen die meededen',
  'togetherReport.organiserHours': 'Uren voor organisatoren',
  'togetherReport.accepted': 'Plannen aangenomen',
  'togetherReport.rejected': 'Plannen afgewezen',
  'togetherReport.planHours': 'Uren betaald uit plannen',
  'togetherReport.plans': 'Plannen',
  'togetherReport.plansIntro': 'Alleen plannen waar minstens 5 leden aan gaven of uit kregen.',
  'togetherReport.plan': 'Naam van het plan',
  'togetherReport.result': 'Uitslag',
  'togetherReport.planAccepted': 'Aangenomen',
  'togetherReport.planRejected': 'Afgewezen',
  'togetherReport.planMembers': 'Leden',
  'togetherReport.planPaid': 'Uren betaald',
} as const;
