// English texts: the yearly look back (docs/protocol-together.md §6).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { survey as dutch } from '../nl/survey.ts';

export const survey: Translation<typeof dutch> = {
  'survey.title': 'Look back',
  'survey.anonymous':
    'Your answers are anonymous. Nobody can see what you answered, not even the coordinators. Only the totals are shown.',
  'survey.until': 'Open until {date}.',
  'survey.none': 'There is no look back right now.',
  'survey.thanks': 'Thank you! Your answers go out within a day, apart from your name.',
  'survey.send': 'Send',
  'survey.missing': 'Choose an answer to every question.',
  'survey.yes': 'Yes',
  'survey.no': 'No',
  'survey.scaleLow': '1 = not at all',
  'survey.scaleHigh': '5 = very much',
  'survey.section': 'Look back',
  'survey.sectionIntro':
    'Ask the members once a year how it went. Answers are anonymous. You only see totals, and only from 5 answers.',
  'survey.new': 'New look back',
  'survey.titleField': 'Title',
  'survey.question': 'Question {n}',
  'survey.questionField': 'The question',
  'survey.kind': 'Kind of answer',
  'survey.kind.scale': 'A number from 1 to 5',
  'survey.kind.yes-no': 'Yes or no',
  'survey.kind.choice': 'A choice from a list',
  'survey.choice': 'Choice {n}',
  'survey.addChoice': 'Add a choice',
  'survey.removeChoice': 'Remove choice {n}',
  'survey.addQuestion': 'Add a question',
  'survey.removeQuestion': 'Remove question {n}',
  'survey.opens': 'Open from',
  'survey.closes': 'Open until',
  'survey.start': 'Start the look back',
  'survey.started': 'The look back is ready for the members.',
  'survey.incomplete': 'Give a title and a text for every question (and at least 2 choices for a choice).',
  'survey.badDates': 'The end date must be after the start date.',
  'survey.results': 'Look backs',
  'survey.noSurveys': 'No look back yet.',
  'survey.period': '{opens} until {closes}',
  'survey.answers': 'Answers',
  'survey.answered': 'Members who said they took part',
  'survey.moreAnswers':
    'There are more answers than members who said they took part. Someone may have answered more than once.',
  'survey.tooFew': 'Fewer than 5 answers: nothing to see yet.',
  'survey.answer': 'Answer',
  'survey.count': 'Number',
  'survey.report': 'Look back with the members',
  'survey.reportIntro':
    'What members answered anonymously, as numbers per answer. Fewer than 5 shows as "< 5"; a look back with fewer than 5 answers is left out.',
};
