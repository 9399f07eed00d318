// Texts of other areas that the board or the invite page shows before any page of those areas
// is opened; the rest of those areas is in office.ts. Typed by the Dutch file of the same name.
import type { Translation } from '../messages.ts';
import type { firstLoad as dutch } from '../nl/firstLoad.ts';

export const firstLoad: Translation<typeof dutch> = {
  'sharing.thanks.nav': 'Thank-yous',
  'sharing.ideas.nav': 'Ideas',
  'plans.nav': 'Plans',
  'problem.unknown-plan': 'This plan is not on this device yet. Try again soon.',
  'problem.over-limit': 'You cannot give that many hours now: it would take you below the neighbourhood’s limit.',
  'problem.rule.plan-closed': 'This plan is closed already.',
  'problem.rule.over-plan': 'There are not enough hours in the plan.',
  'problem.rule.too-early': 'That is only possible later.',
  'together.agenda': 'Agenda',
  'problem.unknown-activity': 'This activity is not on this device yet. Try again soon.',
  'survey.nav': 'Look back',
  'survey.invite': 'How was this year for you? Join the look back: {title}.',
  'survey.inviteLink': 'Join the look back',
  'across.tag': 'From {place}',
  'device.again': 'Start again',
  'device.problem.different': 'The digits were not the same. Nothing was sent. Start again.',
  'device.checkIntro': 'Do both screens show the same digits? Look carefully.',
  'device.checkLabel': 'Check digits: {code}',
  'device.different': 'No, different digits',
  'device.same': 'Yes, the same digits',
};
