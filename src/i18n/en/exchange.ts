// English texts: helping out: responses, private messages, passing on hours and my hours.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { exchange as dutch } from '../nl/exchange.ts';

export const exchange: Translation<typeof dutch> = {
  'exchange.helpRequest': 'I would like to help',
  'exchange.wantOffer': 'I would like this',
  'exchange.firstMessage': 'Message to {name} (may stay empty)',
  'exchange.responded': 'You responded. {name} will let you know whether it suits.',
  'exchange.responses': 'Responses',
  'exchange.noResponses': 'No responses yet.',
  'exchange.with': 'With {name}',
  'exchange.accept': 'Yes, please',
  'exchange.decline': 'No, rather not',
  'exchange.declineHint': 'You need not give a reason.',
  'exchange.agreed': 'Agreed!',
  'exchange.declined': 'This is not going ahead. That is perfectly fine.',
  'exchange.waiting': '{name} responded. Does it suit you?',

  'messages.title': 'Messages with {name}',
  'messages.private': 'Only the two of you can read this.',
  'messages.empty': 'No messages yet.',
  'messages.field': 'Message to {name}',
  'messages.send': 'Send',
  'messages.unreadable': '(You cannot read this message.)',

  'hours.title': 'Record the hours',
  'hours.intro':
    'After the help, one of you records the time. The other confirms. Only then are the hours written down.',
  'hours.hours': 'Hours',
  'hours.minutes': 'Minutes',
  'hours.what': 'What was done?',
  'hours.send': 'Record',
  'hours.proposal': '{name} records: {hours} for "{what}".',
  'hours.confirm': 'That is right, confirm',
  'hours.thanks': 'A thank-you with it (may stay empty)',
  'hours.waitingConfirm': 'Recorded: {hours}. Waiting for {name} to confirm.',
  'hours.confirmedWaiting': 'Confirmed. It is written down as soon as {name} is online.',
  'hours.paid': '{hours} written down. Thank you!',
  'hours.thanked': '{name} says: {text}',
  'hours.tooLittle': 'Fill in a time of more than 0 minutes.',
  'hours.tooMuch': 'At most 24 hours at a time. More hours? Record them in parts.',
  'hours.unit': '{value} {count, hour, hours}',

  'myhours.title': 'My hours',
  'myhours.helped': 'Helped others',
  'myhours.gotHelp': 'Help received',
  'myhours.balance': 'Your hours now',
  'myhours.positive': 'You have {hours} to spend. Feel free to ask for help.',
  'myhours.negative':
    'You have received {hours} more help than you gave others. That is perfectly fine: you can always do something in return.',
  'myhours.zero': 'You have helped others as much as you were helped.',
  'myhours.history': 'History',
  'myhours.none': 'No hours yet. Your welcome gift shows here as soon as it arrives.',
  'myhours.from': 'From {name}',
  'myhours.to': 'To {name}',
  'myhours.reversed': 'reversed by the coordinator',
  'myhours.notMoney': 'Hours are not money and not income.',
  'myhours.welcome': 'Welcome gift',
};
