// Dutch texts: the yearly look back (docs/protocol-together.md §6) — the member's page, the
// coordinator's section and the report's part. Dutch names the keys (see ../messages.ts).
export const survey = {
  'survey.title': 'Terugblik',
  'survey.anonymous':
    'Je antwoorden zijn anoniem. Niemand kan zien wat jij antwoordde, ook de coördinatoren niet. Alleen de totalen worden getoond.',
  'survey.until': 'Open tot en met {date}.',
  'survey.none': 'Er is nu geen terugblik.',
  'survey.thanks': 'Dank je wel! Je antwoorden gaan binnen een dag mee, los van je naam.',
  'survey.send': 'Versturen',
  'survey.missing': 'Kies bij elke vraag een antwoord.',
  'survey.yes': 'Ja',
  'survey.no': 'Nee',
  'survey.scaleLow': '1 = helemaal niet',
  'survey.scaleHigh': '5 = heel erg',
  // The coordinator's section.
  'survey.section': 'Terugblik',
  'survey.sectionIntro':
    'Vraag de leden één keer per jaar hoe het ging. Antwoorden zijn anoniem. Je ziet alleen totalen, en pas vanaf 5 antwoorden.',
  'survey.new': 'Nieuwe terugblik',
  'survey.titleField': 'Titel',
  'survey.question': 'Vraag {n}',
  'survey.questionField': 'De vraag',
  'survey.kind': 'Soort antwoord',
  'survey.kind.scale': 'Cijfer van 1 tot 5',
  'survey.kind.yes-no': 'Ja of nee',
  'survey.kind.choice': 'Keuze uit een lijst',
  'survey.choice': 'Keuze {n}',
  'survey.addChoice': 'Keuze toevoegen',
  'survey.removeChoice': 'Keuze {n} weghalen',
  'survey.addQuestion': 'Vraag toevoegen',
  'survey.removeQuestion': 'Vraag {n} weghalen',
  'survey.opens': 'Open vanaf',
  'survey.closes': 'Open tot en met',
  'survey.start': 'Terugblik starten',
  'survey.started': 'De terugblik staat klaar voor de leden.',
  'survey.incomplete': 'Geef een titel en bij elke vraag een tekst (en bij een keuze minstens 2 keuzes).',
  'survey.badDates': 'De einddatum moet na de begindatum liggen.',
  'survey.results': 'Terugblikken',
  'survey.noSurveys': 'Nog geen terugblik.',
  'survey.period': '{opens} tot en met {closes}',
  'survey.answers': 'Antwoorden',
  'survey.answered': 'Leden die zeiden dat ze meededen',
  'survey.moreAnswers':
    'Er zijn meer antwoorden dan leden die zeiden dat ze meededen. Iemand antwoordde misschien vaker.',
  'survey.tooFew': 'Minder dan 5 antwoorden: er is nog niets te zien.',
  'survey.answer': 'Antwoord',
  'survey.count': 'Aantal',
  // In the report.
  'survey.report': 'Terugblik met de leden',
  'survey.reportIntro':
    'Wat leden anoniem antwoordden, als aantallen per antwoord. Minder dan 5 staat er als "< 5"; een terugblik met minder dan 5 antwoorden staat er niet in.',
} as const;
