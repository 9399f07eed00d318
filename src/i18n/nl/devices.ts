// Dutch texts: another device, a lost device and the recovery file.
// Dutch names the keys (see ../messages.ts). {name} is filled in; {count, een, meer} picks by number.
export const devices = {
  'device.title': 'Mijn apparaten',
  'device.thisOne': 'Dit apparaat',
  'device.unnamed': 'Een apparaat',
  'device.remove': '{label} niet meer gebruiken',
  'device.removeHint':
    'Is een apparaat gestolen of kwijt? Ga dan ook naar de coördinator. Tot de coördinator je naar een nieuw apparaat verhuist, kan wie het apparaat heeft nog met jouw uren betalen.',
  'device.addButton': 'Ook op een ander apparaat',
  'device.addIntro':
    'Open Buurtruil op je andere apparaat en kies daar "Ik doe al mee op een ander apparaat". Dat apparaat laat een code zien. Typ die code hier.',
  'device.label': 'Welk apparaat is het?',
  'device.labelHint': 'Bijvoorbeeld: laptop, tablet. Alleen jij ziet dit.',
  'device.defaultLabel': 'Mijn andere apparaat',
  'device.code': 'Code op het andere apparaat',
  'device.codeHint': '8 tekens, bijvoorbeeld 7K3M-Q9XD. Hoofdletters of kleine letters maakt niet uit.',
  'device.connect': 'Verbinden',
  'device.connecting': 'Even verbinden met het andere apparaat…',
  'device.adding': 'Het andere apparaat wordt toegevoegd…',
  'device.added': 'Klaar. {label} doet nu mee als jij. Je uren en afspraken staan ook daar.',
  'device.newTitle': 'Dit apparaat koppelen',
  'device.newIntro':
    'Doe je al mee op je telefoon of een ander apparaat? Dan kan dit apparaat er ook bij. Het krijgt een eigen sleutel; je uren en afspraken blijven van jou.',
  'device.lostTitle': 'Apparaat kwijt',
  'device.lostIntro':
    'Ben je je telefoon of computer kwijt, of is alles gewist? Ga naar de coördinator, bijvoorbeeld in het buurthuis. Laat deze code zien. De coördinator zet je uren, afspraken en berichten over naar dit apparaat. Je oude apparaat telt daarna niet meer mee.',
  'device.opening': 'Even een code maken…',
  'device.showCodePair':
    'Typ deze code op je andere apparaat, bij Instellingen, "Ook op een ander apparaat". Of scan de QR-code met de camera van dat apparaat.',
  'device.showCodeLost': 'Laat deze code aan de coördinator zien.',
  'device.qr': 'QR-code met de code {code}',
  'device.qrHint': 'Laat deze pagina open tot het klaar is.',
  'device.waitingPair': 'Goed. Even wachten tot het andere apparaat alles heeft gestuurd…',
  'device.waitingMove': 'Goed. Even wachten tot de coördinator de verhuizing bevestigt…',
  'device.alreadyMember': 'Dit apparaat doet al mee in een buurtnetwerk.',
  'device.toBoard': 'Naar het prikbord',
  'device.problem.unknownCode':
    'Er is geen apparaat met deze code. Kijk of de code goed is en of het andere scherm nog open staat.',
  'device.problem.unreachable': 'Er komt geen verbinding. Zijn beide apparaten online? Probeer het opnieuw.',
  'device.problem.closed': 'De verbinding is verbroken. Begin opnieuw.',
  'device.problem.refused':
    'Het andere apparaat stuurde iets wat bij koppelen niet hoort. Laad op beide apparaten de pagina opnieuw en begin opnieuw.',
  'device.problem.tampered':
    'De sleutel van het andere apparaat was niet de sleutel die het eerst beloofde. Misschien zit er iemand tussen. Er is niets verstuurd. Begin opnieuw.',
  'device.moveTitle': 'Iemand is alles kwijt',
  'device.moveIntro':
    'Een buur is de telefoon kwijt of alles is gewist. Spreek diegene eerst: zo weet je zeker wie het is. Laat de buur op het nieuwe apparaat "Ik ben mijn apparaat kwijt" kiezen en typ de code die daar staat.',
  'device.moveCode': 'Code op het nieuwe apparaat',
  'device.moveWho': 'Wie is het?',
  'device.moveChoose': 'Kies een buur',
  'device.moveReason': 'Waarom? (komt in het logboek)',
  'device.moveReasonDefault': 'Telefoon kwijt, gesproken in het buurthuis.',
  'device.moveConfirm': 'Verhuizen naar het nieuwe apparaat',
  'device.moveHint':
    'Uren, afspraken en berichten blijven van de buur. Wat het oude apparaat hierna schrijft, telt niet meer.',
  'device.moving': 'Bezig met verhuizen…',
  'device.moved': 'Klaar. {name} doet nu mee op het nieuwe apparaat.',
  'device.moveNoMember': 'Kies eerst wie het is.',

  'recovery.title': 'Bewaar je sleutel',
  'recovery.intro':
    'Maak een herstelbestand. Raak je dit apparaat kwijt, dan haal je met dat bestand en het wachtwoord alles terug op een nieuw apparaat: je uren, je afspraken en je berichten.',
  'recovery.forkHint':
    'Let op: gebruik een herstelbestand alleen als je oude apparaat weg is. Gebruik je het oude en het herstelde apparaat allebei, dan ziet de coördinator een dubbele geschiedenis. Dat kost niemand anders iets, maar het is onhandig. Wil je twee apparaten gebruiken? Kies dan "Ook op een ander apparaat".',
  'recovery.make': 'Maak een herstelbestand',
  'recovery.making': 'Even bezig…',
  'recovery.passphraseOnce':
    'Dit is je wachtwoord. Je ziet het maar één keer. Schrijf het op of druk het blad af, en bewaar het apart van het bestand.',
  'recovery.save': 'Bestand opslaan',
  'recovery.print': 'Blad afdrukken',
  'recovery.sheetTitle': 'Mijn Buurtruil-sleutel',
  'recovery.sheetFor': 'Van {name}, in {network}.',
  'recovery.sheetDate': 'Gemaakt op {date}.',
  'recovery.sheetFile': 'Het bestand heet: {file}',
  'recovery.sheetHow':
    'Nieuw apparaat? Open Buurtruil, kies "Ik heb een herstelbestand", kies het bestand en typ het wachtwoord hierboven.',
  'recovery.sheetKeep':
    'Bewaar dit blad zoals je een sleutel bewaart. Wie het bestand en dit wachtwoord heeft, kan als jou meedoen.',
  'recovery.problem.notYet': 'Dit kan zodra dit apparaat de buurt heeft geladen. Probeer het zo weer.',
  'recovery.restoreTitle': 'Herstellen met een herstelbestand',
  'recovery.restoreIntro':
    'Kies het herstelbestand en typ het wachtwoord dat erbij hoort. Daarna haalt dit apparaat alles op bij de buren.',
  'recovery.file': 'Herstelbestand',
  'recovery.passphrase': 'Wachtwoord',
  'recovery.passphraseHint':
    'Zoals op het blad: vijf groepjes van vier tekens. Hoofdletters of kleine letters maakt niet uit.',
  'recovery.restore': 'Herstellen',
  'recovery.opening': 'Het bestand wordt geopend. Dat duurt even…',
  'recovery.problem.noFile': 'Kies eerst het herstelbestand.',
  'recovery.problem.passphrase': 'Het wachtwoord klopt niet bij dit bestand. Kijk het nog eens na.',
  'recovery.problem.file': 'Dit is geen herstelbestand van Buurtruil, of het is beschadigd.',
} as const;
