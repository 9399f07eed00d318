// Dutch texts: posts and messages across a link with another neighbourhood (protocol-links.md §3).
// Dutch names the keys (see ../messages.ts). {place} is the other neighbourhood's name.
export const across = {
  'across.shareLegend': 'Ook laten zien in een gekoppelde buurt?',
  'across.shareIn': 'Ook laten zien in {place}',
  'across.shareHint': 'Buren daar zien dan je bericht en je naam, en kunnen je een bericht sturen.',
  'across.notInTerms': '{place}: kan niet. {category} hoort niet bij de afspraken met die buurt.',
  'across.shared': 'Staat ook in {place}. Haal je dit bericht weg, dan verdwijnt het daar ook.',
  'across.from': 'Dit bericht komt uit {place}, een buurt die met jullie gekoppeld is.',
  'across.someoneFrom': 'Een buur uit {place}',
  'across.title': 'Gesprek met {name} uit {place}',
  'across.titleSomeone': 'Gesprek met een buur uit {place}',
  'across.fieldSomeone': 'Schrijf deze buur uit {place}',
  'across.private':
    'Alleen jullie twee kunnen dit lezen. Het gaat via de computers van de coördinatoren, dus een antwoord kan even duren.',
  'across.field': 'Schrijf {name} uit {place}',
  'across.send': 'Versturen',
  'across.sent': 'Verstuurd.',
  'across.responses': 'Reacties uit andere buurten',
  'across.conversations': 'Gesprekken met andere buurten',
  'across.about': 'Over: {title}',
} as const;
