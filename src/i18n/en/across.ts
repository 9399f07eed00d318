// English texts: posts and messages across a link with another neighbourhood (protocol-links.md §3).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { across as dutch } from '../nl/across.ts';

export const across: Translation<typeof dutch> = {
  'across.shareLegend': 'Also show in a linked neighbourhood?',
  'across.shareIn': 'Also show in {place}',
  'across.shareHint': 'Neighbours there then see your post and your name, and can send you a message.',
  'across.notInTerms': '{place}: not possible. {category} is not part of the agreement with that neighbourhood.',
  'across.shared': 'Also shown in {place}. If you take this post down, it goes away there too.',
  'across.from': 'This post comes from {place}, a neighbourhood linked with yours.',
  'across.someoneFrom': 'A neighbour from {place}',
  'across.title': 'Conversation with {name} from {place}',
  'across.titleSomeone': 'Conversation with a neighbour from {place}',
  'across.fieldSomeone': 'Write to this neighbour from {place}',
  'across.private':
    "Only the two of you can read this. It goes through the coordinators' computers, so an answer can take a while.",
  'across.field': 'Write to {name} from {place}',
  'across.send': 'Send',
  'across.sent': 'Sent.',
  'across.responses': 'Responses from other neighbourhoods',
  'across.conversations': 'Conversations with other neighbourhoods',
  'across.about': 'About: {title}',
};
