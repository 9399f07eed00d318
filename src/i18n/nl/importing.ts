// Dutch texts: moving a timebank over from TimeOverflow.
// Dutch names the keys (see ../messages.ts). {name} is filled in; {count, een, meer} picks by number.
export const importing = {
  'import.title': 'Overstappen van TimeOverflow',
  'import.intro':
    'Had je buurt een tijdbank in TimeOverflow? Zet de buren, hun saldo en hun aanbod over naar dit nieuwe netwerk. Dit kan alleen zolang er nog geen andere buren in het netwerk zitten.',
  'import.membersFile': 'Ledenlijst uit TimeOverflow (CSV)',
  'import.membersHint':
    'In TimeOverflow: Rapporten, Leden, CSV. E-mail en telefoon komen niet mee: Buurtruil bewaart alleen een naam en een buurt.',
  'import.offersFile': 'Aanbod uit TimeOverflow (CSV, mag leeg blijven)',
  'import.look': 'Bekijken wat er meekomt',
  'import.needMembers': 'Kies eerst de ledenlijst.',
  'import.summary': '{members} buren en {posts} keer aanbod komen mee. Samen brengen ze {hours} mee.',
  'import.membersCaption': 'Wie er meekomt',
  'import.opening': 'Saldo',
  'import.problems': 'Dit komt niet mee',
  'import.notices': 'Dit komt mee, met een kleine verandering',
  'import.issueLine': '{file}, regel {line}: {what}',
  'import.issue.unreadable': 'het bestand is niet te lezen ({value})',
  'import.issue.not-members-report': 'dit is geen ledenlijst van TimeOverflow',
  'import.issue.not-posts-report': 'dit is geen aanbodlijst van TimeOverflow',
  'import.issue.too-few-fields': 'te weinig kolommen ({value})',
  'import.issue.missing-name': 'geen naam (lid {value})',
  'import.issue.name-too-long': 'de naam is te lang: {value}',
  'import.issue.duplicate-number': 'lidnummer {value} staat er twee keer',
  'import.issue.bad-balance': 'het saldo is geen getal: {value}',
  'import.issue.balance-too-large': 'het saldo is te groot: {value}',
  'import.issue.missing-title': 'geen titel (aanbod {value})',
  'import.issue.unknown-member': 'van iemand die niet in de ledenlijst staat: {value}',
  'import.issue.balance-rounded': 'saldo afgerond op hele minuten ({value} seconden)',
  'import.issue.area-shortened': 'buurt ingekort: {value}',
  'import.issue.title-shortened': 'titel ingekort: {value}',
  'import.issue.category-guessed': 'soort hulp geraden (was: {value})',
  'import.consent': 'Wat je de buren hebt verteld',
  'import.consentHint': 'Dit wordt bij elke overgezette buur bewaard.',
  'import.consentDefault':
    'Je naam, je saldo en je aanbod uit TimeOverflow zijn overgezet naar Buurtruil, met je toestemming. E-mail en telefoon zijn niet meegekomen.',
  'import.potNote': 'De buurtpot komt zo op min {hours}: samen met alle saldo’s is dat altijd nul.',
  'import.run': '{count} buren overzetten',
  'import.done': '{members} buren en {posts} keer aanbod zijn overgezet.',
  'import.notNew': 'Er zitten al buren in dit netwerk. Overzetten kan alleen in een nieuw netwerk.',
  'import.claim':
    'Overgezette buren krijgen hun uren als ze zich melden: met een ledenkaart, of op hun eigen telefoon, waarna een coördinator hun account overzet.',
} as const;
