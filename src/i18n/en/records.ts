// English texts: the coordinator's records: the log, who we see little of, the pot and the house rules.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { records as dutch } from '../nl/records.ts';

export const records: Translation<typeof dutch> = {
  'audit.title': 'Log',
  'audit.intro':
    'Everything coordinators do, who, when and why. Every coordinator sees the same log. Nobody can change or remove a line.',
  'audit.filters': 'Choose what the log shows',
  'audit.type': 'Kind',
  'audit.allTypes': 'Everything',
  'audit.word': 'Search the log',
  'audit.none': 'Nothing in the log yet.',
  'audit.when': 'When',
  'audit.who': 'Who',
  'audit.what': 'What',
  'audit.why': 'Why',
  'audit.more': 'And {count} older lines. Search to find them.',
  'audit.role.coordinator': 'coordinator',
  'audit.role.kiosk': 'kiosk',
  'audit.act.admit': 'Admitted',
  'audit.act.decline': 'Request declined',
  'audit.act.enroll': 'Enrolled',
  'audit.act.hide-post': 'Post hidden',
  'audit.act.warn': 'Warned',
  'audit.act.suspend': 'Paused',
  'audit.act.reinstate': 'Taking part again',
  'audit.act.rekey': 'New key for the network',
  'audit.act.reverse-transfer': 'Hours reversed',
  'audit.act.pot-grant': 'Hours from the pot',
  'audit.act.grant-role': 'Role given',
  'audit.act.revoke-role': 'Role taken away',
  'audit.act.settings': 'Settings changed',
  'audit.act.invite': 'Invite (new or passed on)',
  'audit.act.move-member': 'Account moved',
  'audit.act.card': 'Member card',
  'audit.act.other': 'Other',

  'outreach.title': 'Who do we see little of?',
  'outreach.intro':
    'Neighbours who may be left out. No judgement, just a reason to call or drop by. Only coordinators see this.',
  'outreach.none': 'Everyone takes part. Lovely!',
  'outreach.never-posted': 'Has never asked or offered anything.',
  'outreach.never-responded': 'Has never responded to anyone.',
  'outreach.inactive': 'Nothing done since {date}.',
  'outreach.only-received': 'Was helped ({hours}) and has not helped anyone yet: invite them to offer something small.',
  'outreach.text.hello':
    'Hi {name}, how are you? Can I help you with anything on the notice board? Asking for something small is always fine.',
  'outreach.text.inactive':
    'Hi {name}, we have not seen you for a while. How are you? Feel free to drop by the community centre.',
  'outreach.text.offer':
    'Hi {name}, glad you were helped! Is there something small you enjoy, like reading aloud, cooking or a walk? I can put it on the notice board with you.',

  'pot.title': 'Community pot',
  'pot.balance': 'The community pot stands at',
  'pot.explain':
    'Welcome gifts come from the pot, so it usually stands below zero. Neighbours can give hours to it; coordinators give from it, with a reason.',
  'pot.donations': 'Given to the pot',
  'pot.noDonations': 'Nobody has given hours to the pot yet.',
  'pot.donated': '{name} gave {hours}',
  'pot.grants': 'Given from the pot',
  'pot.noGrants': 'Nothing has been given from the pot yet.',
  'pot.grantLine': '{name} received {hours} from {by}: {reason}',
  'pot.grantWhere': 'You give hours from the pot at the neighbour, in the list of neighbours.',
  'pot.grant': 'Hours from the pot',
  'pot.hours': 'How many hours?',
  'pot.reason': 'What for? (the neighbour and the coordinators see this)',
  'pot.grantConfirm': 'Give hours to {name}',
  'pot.granted': '{name} has received the hours.',
  'pot.badHours': 'Choose a number of hours from 0.1 to 100.',

  'settings.title': 'Settings and house rules',
  'settings.intro':
    'What you change here counts from now on. Neighbours are told that the house rules changed. Make house rules together with the neighbours.',
  'settings.rules': 'House rules',
  'settings.rulesHint': 'Short and in plain words.',
  'settings.help': 'Where do neighbours find help?',
  'settings.helpHint': 'For example your drop-in hours at the community centre and a phone number.',
  'settings.save': 'Save',
  'settings.saved': 'Saved. It counts from now on, for everyone.',
  'settings.badHours': 'Enter a number of hours, for example 20 or 1.5.',
  'audit.act.set-aside': 'Requests set aside',
  'audit.act.vouch': 'Chosen by the members',
};
