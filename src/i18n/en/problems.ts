// English texts: what went wrong when something was written, and a form field that is not right.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { problems as dutch } from '../nl/problems.ts';

export const problems: Translation<typeof dutch> = {
  'problem.storageFull':
    'Your device is full. Nothing is lost: your text is still here. Free some space and try again.',
  'problem.session-closed': 'This page was closed. Reload it and try again.',
  'problem.no-member-room': 'This device is not a member of the network yet. Wait until the coordinator lets you in.',
  'problem.unknown-post': 'This post is not on this device (yet). Try again in a moment.',
  'problem.unknown-proposal': 'This proposal of hours is not on this device (yet). Try again in a moment.',
  'problem.unknown-join': 'This request is not here (any more). Perhaps another coordinator has answered it already.',
  'problem.no-lobby': "The network's waiting room is not open on this device yet. Try again in a moment.",
  'problem.no-room-key':
    "This device does not hold the network's key, so you cannot let anyone in from here. Ask another coordinator.",
  'problem.lobby-not-ready': 'Your request is ready. It goes out by itself as soon as this device finds the network.',
  'problem.no-join-details': 'Fill in your name first.',
  'problem.already-asked': 'Your request has been sent already. The coordinator will look at it.',
  'problem.already-admitted': 'You have been let in already.',
  'problem.declined-before': 'Your last request was not accepted. Send a new one if you want to ask again.',
  'problem.not-needed': 'That has been done already, on another screen.',
  'problem.rule.not-member': 'You are not (yet) a member of this network.',
  'problem.rule.suspended': 'Your account is paused. Talk to the coordinator about it.',
  'problem.rule.self': 'That is not possible with yourself.',
  'problem.rule.unknown-member': 'This neighbour is not known in the network.',
  'problem.rule.not-author': 'Only the person who posted it can change it.',
  'problem.rule.not-coordinator': 'Only a coordinator can do that.',
  'problem.rule.no-link': 'This link with another neighbourhood does not exist here.',
  'problem.rule.link-ended': 'The link with the other neighbourhood has ended.',
  'problem.rule.over-link-limit':
    'The limit with the other neighbourhood has been reached: more hours went there than came back. Ask your coordinator.',
  'problem.rule.not-shared': 'This post is not shared with the other neighbourhood.',
  'problem.rule.not-roster': "This device is not on the link's list.",
  'problem.rule.foreign-type': 'This does not belong to a link with another neighbourhood.',
  'problem.rule.other': 'That did not work. Try again or ask the coordinator.',
  'problem.field.too-short': '{field}: please fill this in.',
  'problem.field.too-long': '{field}: this is too long. At most {max} characters.',
  'problem.field.range': '{field}: choose something from {min} to {max}.',
  'problem.field.other': '{field}: this is not right.',
  'problem.catching-up':
    'This device is first fetching your earlier messages from neighbours. Try again in a moment, when someone is online.',

  'field.title': 'Title',
  'field.text': 'Description',
  'field.area': 'Street or area',
  'field.name': 'Name',
  'field.minutes': 'Time',
  'field.what': 'What was done',
  'field.words': 'About you',
  'field.rules': 'House rules',
  'field.creditLimit': 'Limit',
  'field.welcome': 'Welcome gift',
  'field.categories': 'Kinds of help',
  'field.relays': 'Connection address',
  'field.sealed': 'Message',
  'field.note': 'Message',
  'field.other': 'Input',
};
