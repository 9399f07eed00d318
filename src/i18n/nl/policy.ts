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
  'policy.shareAcross': 'Buren mogen hun berichten ook laten zien in gekoppelde buurten',
  'policy.shareAcrossHint':
    'Zet je dit uit, dan kan niemand nieuwe berichten meer delen. Wat al gedeeld is, blijft daar staan.',
  'policy.activityPay': 'Wie betaalt de organisator van een activiteit?',
  'policy.activityPayHint': 'Dit staat al gekozen als iemand een activiteit maakt. Die kan iets anders kiezen.',
  'policy.save': 'Afspraken opslaan',
  'policy.saved': 'Opgeslagen. De nieuwe afspraken gelden vanaf nu.',
  'policy.wholeNumber': 'Vul een heel getal in van {min} tot {max}.',
  'audit.act.policy': 'Afspraken aangepast',
} as const;
