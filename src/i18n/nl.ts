// Dutch is the default language. Short sentences, plain words (see PRODUCT.md).
export const nl = {
  'app.name': 'Buurtruil',
  'app.tagline': 'Buren helpen elkaar. Elk uur is evenveel waard.',
  'language.label': 'Taal',
  'language.switch': 'English',
  'notes.title': 'Prikbord',
  'notes.intro': 'Schrijf een briefje. Je buren zien het op hun eigen apparaat.',
  'notes.field': 'Nieuw briefje',
  'notes.add': 'Ophangen',
  'notes.empty': 'Er hangt nog niets. Schrijf het eerste briefje.',
  'notes.tooLong': 'Dit briefje is te lang. Maak het korter dan {max} tekens.',
  'notes.emptyInput': 'Schrijf eerst iets.',
  'notes.storageFull': 'Je apparaat is vol. Het briefje is niet bewaard. Maak wat ruimte vrij en probeer het opnieuw.',
  'notes.list': 'Briefjes',
  'room.none': 'Je hebt nog geen buurtnetwerk geopend.',
  'room.start': 'Begin een proefnetwerk',
  'room.share': 'Deel deze link met je buren:',
  'room.badLink': 'Deze link klopt niet. Vraag de persoon die hem gaf om een nieuwe.',
  'status.label': 'Verbinding',
  'status.offline': 'Geen verbinding. Wat je doet wordt bewaard en later gedeeld.',
  'status.connecting': 'Verbinden…',
  'status.alone': 'Verbonden. Nog geen buren online.',
  'status.peers': 'Verbonden met {count} {count, buur, buren}.',
} as const;

export type MessageKey = keyof typeof nl;
