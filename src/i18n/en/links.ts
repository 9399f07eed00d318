// English texts: a coordinator links this neighbourhood with another one (protocol-links.md §1).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { links as dutch } from '../nl/links.ts';

export const links: Translation<typeof dutch> = {
  'links.section': 'Link a neighbourhood',
  'links.intro':
    'Link your neighbourhood with another one. Then neighbours from both can help each other. Do this together with the coordinator of the other neighbourhood: on the phone or side by side.',
  'links.termsTitle': 'What do you agree?',
  'links.categories': 'Which kinds of help do you share?',
  'links.categoriesHint': 'Tick nothing to share everything. Choose the same on both screens.',
  'links.limit': 'How many more hours may go one way than come back?',
  'links.limitHint': 'Between 1 and 1000 hours. Choose the same on both screens.',
  'links.limitProblem': 'Choose a number of hours between 1 and 1000.',
  'links.meetTitle': 'Connect with the other coordinator',
  'links.showCode': 'I will show a code',
  'links.code': "Or type the other coordinator's code",
  'links.connect': 'Connect',
  'links.connecting': 'Connecting to the other neighbourhood…',
  'links.yourCode': 'Read this code to the other coordinator. They type it in at "Link a neighbourhood".',
  'links.yourCodeLabel': 'Your code: {code}',
  'links.checkAloud': 'Read the six digits to each other.',
  'links.waiting': 'Waiting for the other neighbourhood…',
  'links.compareTitle': 'Is this what you agreed?',
  'links.compareHint': 'Do both screens show the same? Then both of you confirm.',
  'links.termsCaption': 'What both neighbourhoods agree',
  'links.termCategories': 'Kinds of help',
  'links.termLimit': 'Limit',
  'links.termSince': 'From',
  'links.allCategories': 'Everything',
  'links.confirm': 'Yes, link with {name}',
  'links.decline': 'No, do not link',
  'links.writing': 'Saving the link…',
  'links.done': 'Done. Your neighbourhood is linked with {name}.',
  'links.doneNext': 'The link works as soon as the coordinator of {name} has confirmed too.',
  'links.listTitle': 'Linked neighbourhoods',
  'links.none': 'No linked neighbourhoods yet.',
  'links.statusOpen': 'The link works.',
  'links.statusWaiting': 'Waiting until the other neighbourhood has the link too.',
  'links.endedByUs': 'You ended the link.',
  'links.endedByThem': '{name} ended the link.',
  'links.endedByBoth': 'The link has ended.',
  'links.endedReason': 'Reason: {reason}',
  'links.clearingWeOwe': '{name} still has {hours} to come from your neighbourhood.',
  'links.clearingTheyOwe': 'Your neighbourhood still has {hours} to come from {name}.',
  'links.clearingEven': 'Nobody has hours to come: you are even.',
  'links.end': 'End the link',
  'links.endSure':
    'Are you sure? After this, no more hours, requests or messages go between your neighbourhood and {name}. What was done stays.',
  'links.endReason': 'Why? The other neighbourhood sees this too. (may stay empty)',
  'links.endYes': 'Yes, end it',
  'links.endNo': 'No, keep it',
  'links.problem.otherTerms':
    'The two screens do not show the same agreement. Nothing was linked. Choose the same kinds of help and the same limit together, and start again.',
  'links.problem.badOffer':
    'The other neighbourhood sent something that is not right. Nothing was linked. Start again.',
  'links.problem.sameNetwork':
    'That is your own neighbourhood. Link with the coordinator of another neighbourhood. Nothing was linked.',
  'links.problem.notCoordinator': 'Only a coordinator can link a neighbourhood.',
  'links.problem.declined': 'You did not link. Nothing was saved.',
  'links.problem.failed': 'Linking did not work. Nothing was saved. Start again.',
};
