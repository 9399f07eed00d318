// Dutch texts: the hours between this neighbourhood and a linked one, for its coordinators
// (protocol-links.md §4). Dutch names the keys (see ../messages.ts). {buurt} is filled in.
export const linkAccounts = {
  'linkAccounts.title': 'Uren tussen de buurten',
  'linkAccounts.records': 'Betalingen tussen de buurten: {count}',
  'linkAccounts.waiting': 'Wachten nog op beide buurten: {count}',
  'linkAccounts.mirrorNone': '{buurt} heeft nog geen overzicht gestuurd.',
  'linkAccounts.mirrors': 'Het overzicht van {buurt} klopt met het onze.',
  'linkAccounts.differs':
    'Het overzicht van {buurt} klopt niet met het onze. Bekijk deze betalingen samen met de coördinator van {buurt}:',
} as const;
