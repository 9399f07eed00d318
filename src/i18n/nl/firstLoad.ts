// Dutch texts of other areas that the board or the invite page shows before any page of those
// areas is opened (the menu's names, a survey's invitation, a problem's text): index.ts loads
// them with every page; the rest of those areas is in office.ts (docs/benchmarks.md, figure 7).
export const firstLoad = {
  'sharing.thanks.nav': 'Bedankjes',
  'sharing.ideas.nav': 'Ideeën',
  'plans.nav': 'Plannen',
  'problem.unknown-plan': 'Dit plan staat nog niet op dit apparaat. Probeer het zo weer.',
  'problem.over-limit': 'Zoveel uur kun je nu niet geven: dan kom je onder de grens van de buurt.',
  'problem.rule.plan-closed': 'Dit plan is al afgesloten.',
  'problem.rule.over-plan': 'Er zitten niet genoeg uren in het plan.',
  'problem.rule.too-early': 'Dat kan pas later.',
  'together.agenda': 'Agenda',
  'problem.unknown-activity': 'Deze activiteit staat nog niet op dit apparaat. Probeer het zo weer.',
  'survey.nav': 'Terugblik',
  'survey.invite': 'Hoe was dit jaar voor jou? Doe mee met de terugblik: {title}.',
  'survey.inviteLink': 'Meedoen met de terugblik',
  'across.tag': 'Uit {place}',
  'device.again': 'Opnieuw beginnen',
  'device.problem.different': 'De cijfers waren niet gelijk. Er is niets verstuurd. Begin opnieuw.',
  'device.checkIntro': 'Staan op beide schermen dezelfde cijfers? Kijk goed.',
  'device.checkLabel': 'Controlecijfers: {code}',
  'device.different': 'Nee, andere cijfers',
  'device.same': 'Ja, dezelfde cijfers',
} as const;
