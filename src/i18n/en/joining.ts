// English texts: starting a network and asking to join one.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { joining as dutch } from '../nl/joining.ts';

export const joining: Translation<typeof dutch> = {
  'start.title': 'Start a neighbourhood network',
  'start.intro': 'You become the first coordinator. Later you can name a second coordinator.',
  'start.name': 'Name of the network',
  'start.area': 'Neighbourhood',
  'start.rules': 'House rules (short)',
  'start.rulesDefault':
    'We are kind and honest. Every hour is worth the same. You can always say no. Say so if something is too heavy.',
  'start.creditLimit': 'How many hours may someone receive more than they gave, before the coordinator looks at it?',
  'start.welcome': 'Welcome gift for new neighbours (hours)',
  'start.categories': 'What do neighbours help each other with?',
  'start.relays': 'Connection address (relay)',
  'start.relaysHint':
    'Leave this as it is if you do not know what it is. More than one? Put a space between the addresses.',
  'start.yourName': 'Your name, as neighbours see it',
  'start.submit': 'Start the network',
  'start.badRelay': 'This connection address is not right: {address}. It starts with ws:// or wss://.',
  'start.noRelay': 'Fill in at least one connection address.',
  'start.tooManyRelays': 'Those are too many connection addresses. At most {max}.',

  'join.title': 'Join',
  'join.none': 'Open the invitation link you received, or scan the QR code on the poster.',
  'join.damaged':
    'This invitation is damaged or incomplete. Ask whoever gave it to you for a new one, or scan the QR code again.',
  'join.looking':
    'Looking for the neighbourhood network. The coordinator is not online now. You can fill in your request already: it is sent as soon as the coordinator is online.',
  'join.welcome': 'Welcome to {name}',
  'join.area': 'Area: {area}',
  'join.rules': 'House rules',
  'join.intro': 'Tell us briefly who you are. It takes only a minute.',
  'join.name': 'What may neighbours call you?',
  'join.nameHint': 'Your first name is enough.',
  'join.areaField': 'Which street or area do you live in?',
  'join.areaHint': 'No house number: that stays private.',
  'join.offers': 'What can you do, or what do you enjoy?',
  'join.offersHint': 'Pick what fits. Something small is fine too, like reading aloud or a walk together.',
  'join.words': 'Want to say something about it? (may stay empty)',
  'join.contact': 'Phone or e-mail (may stay empty)',
  'join.contactHint': 'Only the coordinator sees this.',
  'join.submit': 'Ask to join',
  'join.sent':
    'Your request has been sent. The coordinator will look at it. You need not do anything: this page shows it as soon as you are welcome.',
  'join.queued': 'Your request is ready. It is sent as soon as the coordinator is online.',
  'join.admitted': 'Welcome! You are now part of {name}.',
  'join.toBoard': 'To the notice board',
  'join.declined': 'The coordinator did not accept your request.',
  'join.declinedNote': 'Message from the coordinator: {note}',
  'join.askAgain': 'Ask again',
  'start.moreSettings': 'More settings',
  'start.joinWork': 'How much computing a request costs (8 to 24)',
  'start.joinWorkHint':
    "Each request costs the newcomer's device a moment of computing. That holds back a flood of fake requests. One higher is twice the work. Leave it at 16 unless you know why.",
  'join.setAside':
    'A great many requests came in at once. The coordinator set them all aside, yours too. Please ask again.',
  'join.working': 'One moment: your request is being prepared. When it is busy, this takes a little longer.',
  'inPerson.open': 'Someone is standing in front of me',
  'inPerson.intro':
    'Is a newcomer with you? Ask them to choose "I am with the coordinator" on their own phone, and type the code from that screen here.',
  'inPerson.code': "Code on the newcomer's screen",
  'inPerson.bad': 'That was not a proper request. Please start again.',
  'inPerson.standingHere': 'I am with the coordinator',
  'inPerson.showCode': 'Let the coordinator type this code at "Someone is standing in front of me".',
  'inPerson.waiting': 'Your request is with the coordinator. A moment for the welcome.',
  'inPerson.welcomed': 'The coordinator welcomed you. Your phone is joining now.',
};
