// Dutch texts: a member pays hours to a member of a linked neighbourhood (protocol-links.md §4).
// Dutch names the keys (see ../messages.ts). {name} is filled in.
export const crossPay = {
  'crossPay.title': 'Uren betalen aan iemand uit een andere buurt',
  'crossPay.intro': 'Heeft iemand uit een gekoppelde buurt je geholpen? Betaal de uren hier.',
  'crossPay.payTo': 'Uren betalen aan {name} in {buurt}',
  'crossPay.send': 'Betalen',
  'crossPay.cancel': 'Toch niet',
  'crossPay.sent':
    'De uren zijn verstuurd. Nu wachten op beide buurten: ze tellen zodra jouw buurt en {buurt} de betaling hebben gezien.',
  'crossPay.overLinkLimit':
    'De grens met {buurt} is bereikt: er zijn meer uren heen gegaan dan terug. Vraag je coördinator.',
  'crossPay.ended': 'De koppeling met {buurt} is gestopt. Je kunt geen uren meer betalen aan deze buurt.',
  'crossPay.notOpen': 'De koppeling met {buurt} werkt nog niet. Probeer het later nog eens.',
  'crossPay.waiting': 'wacht op beide buurten',
  'crossPay.to': 'aan {name} in {buurt}',
  'crossPay.from': 'van {name} in {buurt}',
  'crossPay.toSomeone': 'aan iemand in {buurt}',
  'crossPay.fromSomeone': 'van iemand in {buurt}',
} as const;
