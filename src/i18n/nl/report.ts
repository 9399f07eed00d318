// Dutch texts: the monthly report without names.
// Dutch names the keys (see ../messages.ts). {name} is filled in; {count, een, meer} picks by number.
export const report = {
  'report.title': 'Verslag: wat doet het netwerk?',
  'report.noNetwork': 'Dit apparaat hoort nog niet bij een buurtnetwerk.',
  'report.intro': 'Cijfers van {name}, per maand, gemaakt op {date}.',
  'report.privacy':
    'Zonder namen en zonder cijfers per persoon. Kleine aantallen (onder de 5) staan er als "< 5", zodat niemand te herkennen is. Grotere aantallen en de uren zijn afgerond op 5.',
  'report.print': 'Afdrukken',
  'report.csv': 'Cijfers opslaan (CSV)',
  'report.fileName': 'buurtruil-verslag',
  'report.empty': 'Nog geen cijfers.',
  'report.month': 'Maand',
  'report.members': 'Leden',
  'report.activeMembers': 'Actieve leden',
  'report.newMembers': 'Nieuwe leden',
  'report.exchanges': 'Keer geholpen',
  'report.hours': 'Uren',
  'report.reciprocal': 'Leden die gaven én ontvingen',
  'report.categories': 'Soorten hulp in {month}',
  'report.category': 'Soort hulp',
  'report.other': 'Overig',
  'report.few': '< 5',
  'report.hidden': 'verborgen',
  'report.closedOnly':
    'De cijfers van de lopende maand komen erbij als de maand gesloten is: een week nadat hij voorbij is, zodat wat laat binnenkomt ook meetelt.',
  'report.stories': 'Verhalen uit de buurt',
  'report.storyWith': 'Met {names}',
  'report.storiesIntro': 'Verhalen waarvoor iedereen die erin staat ja zei.',
} as const;
