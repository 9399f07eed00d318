// English texts: the monthly report without names.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { report as dutch } from '../nl/report.ts';

export const report: Translation<typeof dutch> = {
  'report.title': 'Report: what does the network do?',
  'report.noNetwork': 'This device is not part of a neighbourhood network yet.',
  'report.intro': 'Figures of {name}, per month, made on {date}.',
  'report.privacy':
    'No names and no figures per person. Small numbers (under 5) show as "< 5", so nobody can be recognised. Larger numbers and hours are rounded to 5.',
  'report.print': 'Print',
  'report.csv': 'Save the figures (CSV)',
  'report.fileName': 'buurtruil-report',
  'report.empty': 'No figures yet.',
  'report.month': 'Month',
  'report.members': 'Members',
  'report.activeMembers': 'Active members',
  'report.newMembers': 'New members',
  'report.exchanges': 'Times helped',
  'report.hours': 'Hours',
  'report.reciprocal': 'Members who gave and received',
  'report.categories': 'Kinds of help in {month}',
  'report.category': 'Kind of help',
  'report.other': 'Other',
  'report.few': '< 5',
  'report.hidden': 'hidden',
  'report.closedOnly':
    'Figures of the running month appear once the month has closed: a week after it ends, so that what arrives late counts too.',
  'report.stories': 'Stories from the neighbourhood',
  'report.storyWith': 'With {names}',
  'report.storiesIntro': 'Stories everyone in them said yes to.',
};
