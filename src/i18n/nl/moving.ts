// Dutch texts: a member moves house to a linked neighbourhood (protocol-links.md §5), and
// both coordinators agree. Dutch names the keys (see ../messages.ts). {name}, {to}, {from}, {hours} are filled in.
export const moving = {
  'move.title': 'Verhuizen naar een andere buurt',
  'move.intro': 'Ga je verhuizen naar een buurt die gekoppeld is aan deze buurt? Dan kun je je uren meenemen.',
  'move.choose': 'Naar welke buurt ga je?',
  'move.what': 'Wat gebeurt er?',
  'move.hoursGo': 'Je uren gaan mee: {hours}.',
  'move.historyStays': 'Wat je hier hebt gedaan, blijft hier bewaard.',
  'move.bothAgree': 'Jouw coördinator en de coördinator van {to} moeten allebei ja zeggen.',
  'move.afterwards': 'Daarna ben je buur in {to}. Hier kun je dan niets meer doen.',
  'move.confirm': 'Ja, ik wil verhuizen naar {to}',
  'move.asked': 'Je hebt gevraagd om te verhuizen naar {to}. De coördinatoren moeten nog ja zeggen.',
  'move.done': 'Je bent verhuisd naar {to}. Je uren zijn meegegaan.',
  'move.open': 'Naar {to}',
  'move.waitKey': 'Even wachten tot {to} jouw toegang stuurt…',
  'move.thisDevice': 'Je verhuist met deze telefoon of computer. Een ander apparaat koppel je daarna opnieuw in {to}.',
  'move.otherDevice':
    'Je toegang tot {to} staat op de telefoon of computer waarmee je vroeg om te verhuizen. Ga daar verder.',
  'move.requestsTitle': 'Buren die willen verhuizen',
  'move.requestRow': '{name} wil naar {to}. Uren die meegaan: {hours}.',
  'move.agree': 'Ja, {name} verhuist naar {to}',
  'move.incomingTitle': 'Buren die hierheen verhuizen',
  'move.incomingRow': '{name} komt uit {from}, met {hours}.',
  'move.welcome': 'Ja, welkom {name}',
  'move.movedTitle': 'Verhuisd',
  'move.movedRow': '{name} is verhuisd naar {to}. Wat {name} hier deed, blijft bewaard.',
} as const;
