// English texts: moving a timebank over from TimeOverflow.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { importing as dutch } from '../nl/importing.ts';

export const importing: Translation<typeof dutch> = {
  'import.title': 'Moving from TimeOverflow',
  'import.intro':
    'Did your neighbourhood have a time bank in TimeOverflow? Move the neighbours, their balances and their offers into this new network. This works only while no other neighbours have joined.',
  'import.membersFile': 'Members report from TimeOverflow (CSV)',
  'import.membersHint':
    'In TimeOverflow: Reports, Members, CSV. Email and phone do not come along: Buurtruil keeps only a name and an area.',
  'import.offersFile': 'Offers report from TimeOverflow (CSV, may stay empty)',
  'import.look': 'See what comes along',
  'import.needMembers': 'Choose the members report first.',
  'import.summary': '{members} neighbours and {posts} offers come along. Together they bring {hours}.',
  'import.membersCaption': 'Who comes along',
  'import.opening': 'Balance',
  'import.problems': 'This does not come along',
  'import.notices': 'This comes along, with a small change',
  'import.issueLine': '{file}, line {line}: {what}',
  'import.issue.unreadable': 'the file cannot be read ({value})',
  'import.issue.not-members-report': 'this is not a TimeOverflow members report',
  'import.issue.not-posts-report': 'this is not a TimeOverflow offers report',
  'import.issue.too-few-fields': 'too few columns ({value})',
  'import.issue.missing-name': 'no name (member {value})',
  'import.issue.name-too-long': 'the name is too long: {value}',
  'import.issue.duplicate-number': 'member number {value} occurs twice',
  'import.issue.bad-balance': 'the balance is not a number: {value}',
  'import.issue.balance-too-large': 'the balance is too large: {value}',
  'import.issue.missing-title': 'no title (offer {value})',
  'import.issue.unknown-member': 'by someone not in the members report: {value}',
  'import.issue.balance-rounded': 'balance rounded to whole minutes ({value} seconds)',
  'import.issue.area-shortened': 'area shortened: {value}',
  'import.issue.title-shortened': 'title shortened: {value}',
  'import.issue.category-guessed': 'kind of help guessed (was: {value})',
  'import.consent': 'What you told the neighbours',
  'import.consentHint': 'This is kept with every neighbour moved over.',
  'import.consentDefault':
    'Your name, balance and offers from TimeOverflow have been moved to Buurtruil, with your permission. Email and phone did not come along.',
  'import.potNote': 'The community pot will stand at minus {hours}: together with all balances that is always zero.',
  'import.run': 'Move {count} neighbours over',
  'import.done': '{members} neighbours and {posts} offers have been moved over.',
  'import.notNew': 'This network has neighbours already. Moving over works only in a new network.',
  'import.claim':
    'Neighbours moved over get their hours when they come forward: with a member card, or on their own phone, after which a coordinator moves their account.',
  'import.issue.tags-shortened': 'not all tags fit: {value} left out',
};
