// Dutch texts: the network's agreements (the `policy` entry, docs/protocol.md §3.4), on the
// coordinator's settings page.
export const policy = {
  'policy.title': 'Afspraken van het netwerk',
  'policy.intro':
    'Deze afspraken gelden voor iedereen, vanaf het moment dat je ze opslaat. Een plan waarvan de stemmen al geteld zijn, blijft zoals het is.',
  'policy.voteShare': 'Hoeveel procent ja-stemmen heeft een plan nodig?',
  'policy.voteShareHint': 'Een plan gaat door als meer dan dit deel van de stemmen ja is. Kies 50 tot 99.',
  'policy.voteQuorum': 'Hoeveel procent van de leden moet stemmen?',
  'policy.voteQuorumHint': 'Stemmen er minder leden, dan gaat het plan niet door. Kies 0 tot 100.',
  'policy.activityPay': 'Wie betaalt de organisator van een activiteit?',
  'policy.activityPayHint': 'Dit staat al gekozen als iemand een activiteit maakt. Die kan iets anders kiezen.',
  'policy.checkpointQuorum': 'Hoeveel coördinatoren tekenen een samenvatting?',
  'policy.checkpointQuorumHint':
    'Elk kwartaal maken de apparaten een samenvatting van alles wat er gebeurde. Zoveel coördinatoren (of de kiosk) moeten die goedkeuren. Kies 1 tot 5.',
  'policy.retention': 'Hoeveel dagen bewaren apparaten een privébericht voor anderen?',
  'policy.retentionHint': 'Zo komt een bericht aan, ook als iemand lang weg was. Kies 7 tot 365. Dit werkt nog niet.',
  'policy.shareAcross': 'Buren mogen hun berichten laten zien in gekoppelde netwerken',
  'policy.shareAcrossHint': 'Netwerken koppelen kan nog niet. Deze keuze geldt zodra dat kan.',
  'policy.save': 'Afspraken opslaan',
  'policy.saved': 'Opgeslagen. De nieuwe afspraken gelden vanaf nu.',
  'policy.wholeNumber': 'Vul een heel getal in van {min} tot {max}.',
  'audit.act.policy': 'Afspraken aangepast',
} as const;
