// Dutch texts: the app name, the menu, the language switch, the connection, and a browser that cannot run the app.
// Dutch names the keys (see ../messages.ts). {name} is filled in; {count, een, meer} picks by number.
export const common = {
  'app.name': 'Buurtruil',
  'app.tagline': 'Buren helpen elkaar. Elk uur is evenveel waard.',

  'language.label': 'Taal',

  'nav.label': 'Hoofdmenu',
  'nav.board': 'Prikbord',
  'nav.new': 'Vragen of aanbieden',
  'nav.hours': 'Mijn uren',
  'nav.coordinator': 'Coördinator',
  'nav.more': 'Meer',
  'nav.together': 'Samen',
  'more.title': 'Meer',
  'more.pages': "Andere pagina's",

  'install.title': 'Zet Buurtruil op je beginscherm',
  'install.android': 'Android: open het menu (⋮) van de browser en kies "Toevoegen aan startscherm".',
  'install.iphone': 'iPhone: tik op Deel (het vierkantje met de pijl) en kies "Zet op beginscherm".',
  'install.dismiss': 'Begrepen',

  'share.share': 'Delen',
  'share.copy': 'Link kopiëren',
  'share.copied': 'De link is gekopieerd.',

  'common.back': 'Terug',
  'common.cancel': 'Annuleren',
  'common.loading': 'Even laden…',
  'common.you': 'Jij',
  'common.someone': 'Een buur',
  'common.brokenPage': 'Deze pagina kan nu niet getoond worden. Laad de pagina opnieuw; er gaat niets verloren.',
  'common.brokenCard': 'Dit stukje kan niet getoond worden. De rest werkt gewoon.',

  'status.label': 'Verbinding',
  'status.offline': 'Geen verbinding. Wat je doet wordt bewaard en later gedeeld.',
  'status.alone': 'Nu is er geen buur online. Wat je doet, komt bij de anderen zodra er iemand online is.',
  'status.peers': 'Nu {count, is, zijn} er {count} {count, buur, buren} online.',
  'status.short.offline': 'Geen verbinding',
  'status.short.alone': 'Verbonden',
  'status.short.peers': '{count} {count, buur, buren} online',

  'integrity.refused':
    'Er kwam iets binnen dat niet klopt ({count} {count, bericht, berichten}), bijvoorbeeld iets vervalst. Het is niet overgenomen. Er is niets verloren.',
  'integrity.storageFull':
    'Dit apparaat is vol. Wat de buren schrijven komt wel binnen, maar kan hier nu niet bewaard worden. Maak wat ruimte vrij; er gaat niets verloren.',
  'integrity.restored':
    'Iemand probeerde {count} {count, bericht, berichten} te wissen of te veranderen. Ze zijn teruggezet.',

  'browser.title': 'Buurtruil kan hier niet beginnen',
  'browser.insecure':
    'Deze pagina is niet beveiligd geopend (het adres begint met http:// en niet met https://), en dan laat je browser Buurtruil niet werken.',
  'browser.insecure.todo': 'Open het adres dat begint met https://. Weet je het niet? Vraag het de coördinator.',
  'browser.no-crypto': 'Deze browser mist de beveiliging die Buurtruil nodig heeft; hij is waarschijnlijk te oud.',
  'browser.no-crypto.todo':
    'Werk de browser bij, of gebruik een andere, zoals Chrome, Firefox of Safari. Lukt het niet? Vraag de coördinator.',
  'browser.no-storage':
    'Deze browser kan niets bewaren op dit apparaat, en Buurtruil bewaart alles op je eigen apparaat.',
  'browser.no-storage.todo':
    'Gebruik een andere browser, zoals Chrome, Firefox of Safari. Lukt het niet? Vraag de coördinator.',
  'browser.storage-refused':
    'Deze browser wil niets bewaren, bijvoorbeeld omdat dit een privévenster of incognitovenster is.',
  'browser.storage-refused.todo': 'Open Buurtruil in een gewoon venster. Lukt het niet? Vraag de coördinator.',
  'browser.no-webrtc':
    'Deze browser kan geen rechtstreekse verbinding maken met de apparaten van buren (WebRTC staat uit).',
  'browser.no-webrtc.todo': 'Zet WebRTC aan, of gebruik een andere browser. Lukt het niet? Vraag de coördinator.',
  'browser.noscript': 'Buurtruil werkt alleen als JavaScript aan staat. Zet het aan, of vraag de coördinator om hulp.',
} as const;
