// English texts: hours with several people and the thank-you board.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { sharing as dutch } from '../nl/sharing.ts';

export const sharing: Translation<typeof dutch> = {
  'sharing.group.open': 'Hours for more people',
  'sharing.group.intro':
    'Did several neighbours help? Or did you help several neighbours? Write it down at once. Each neighbour confirms their own part.',
  'sharing.group.pay': 'I give hours to these neighbours',
  'sharing.group.receive': 'I get hours from these neighbours',
  'sharing.group.direction': 'Who gets the hours?',
  'sharing.group.who': 'Choose the neighbours',
  'sharing.group.minutesFor': 'Minutes for {name}',
  'sharing.group.what': 'What was done?',
  'sharing.group.send': 'Send',
  'sharing.group.sent': 'Sent. Each neighbour now confirms their own part.',
  'sharing.group.noneChosen': 'Choose at least one neighbour.',
  'sharing.group.badMinutes': 'Give each neighbour 1 minute to 24 hours.',
  'sharing.parts.title': 'Hours to confirm',
  'sharing.parts.intro': 'Is this right? The hours move only when you both say yes.',
  'sharing.parts.youGet': '{name} gives you {hours}: {what}',
  'sharing.parts.youGive': 'You give {name} {hours}: {what}',
  'sharing.parts.agree': 'Yes, this is right',
  'sharing.parts.decline': 'No, this is not right',
  'sharing.parts.mine': 'Hours with more people',
  'sharing.parts.moved': 'Added',
  'sharing.parts.declined': 'Did not go ahead',
  'sharing.parts.waiting': 'Waiting for confirmation',
  'sharing.thanks.nav': 'Thank-yous',
  'sharing.thanks.title': 'Thank-yous',
  'sharing.thanks.intro': 'Thank-yous from neighbours to neighbours. A thank-you shows here only when both agree.',
  'sharing.thanks.none': 'No thank-yous on the board yet.',
  'sharing.thanks.fromTo': '{from} thanks {to}',
  'sharing.thanks.mineTitle': 'Your thank-yous',
  'sharing.thanks.mineIntro':
    'May this thank-you go on the board? Both must say yes. You can always take it off again.',
  'sharing.thanks.mineNone': 'You have not given or received a thank-you yet.',
  'sharing.thanks.show': 'Yes, on the board',
  'sharing.thanks.hide': 'No, not on the board',
  'sharing.thanks.onBoard': 'On the board',
  'sharing.thanks.waitOther': 'Waiting for {name}',
  'sharing.thanks.notShown': 'Not on the board',
  'sharing.thanks.hidden': 'Hidden by the coordinator',
  'sharing.thanks.kiosk': 'Thank-yous from the neighbourhood',
};
