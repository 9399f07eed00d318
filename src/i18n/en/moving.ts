// English texts: a member moves house to a linked neighbourhood (protocol-links.md §5).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { moving as dutch } from '../nl/moving.ts';

export const moving: Translation<typeof dutch> = {
  'move.title': 'Move to another neighbourhood',
  'move.intro':
    'Are you moving to a neighbourhood that is linked with this one? Then you can take your hours with you.',
  'move.choose': 'Which neighbourhood are you moving to?',
  'move.what': 'What happens?',
  'move.hoursGo': 'Your hours go with you: {hours}.',
  'move.historyStays': 'What you did here stays kept here.',
  'move.bothAgree': 'Your coordinator and the coordinator of {to} both have to say yes.',
  'move.afterwards': 'Then you are a neighbour in {to}. Here you can do nothing any more.',
  'move.confirm': 'Yes, I want to move to {to}',
  'move.asked': 'You asked to move to {to}. The coordinators still have to say yes.',
  'move.done': 'You have moved to {to}. Your hours went with you.',
  'move.open': 'To {to}',
  'move.waitKey': 'Waiting for {to} to send your access…',
  'move.thisDevice': 'You move with this phone or computer. You link another device again in {to} afterwards.',
  'move.otherDevice': 'Your access to {to} is on the phone or computer you asked to move with. Carry on there.',
  'move.requestsTitle': 'Neighbours who want to move',
  'move.requestRow': '{name} wants to move to {to}. Hours that go along: {hours}.',
  'move.agree': 'Yes, {name} moves to {to}',
  'move.incomingTitle': 'Neighbours moving here',
  'move.incomingRow': '{name} comes from {from}, with {hours}.',
  'move.welcome': 'Yes, welcome {name}',
  'move.movedTitle': 'Moved',
  'move.movedRow': '{name} has moved to {to}. What {name} did here stays kept.',
};
