// The public face of src/data/together: doing things together (docs/protocol-together.md).

export type { Agenda, AgendaItem } from './agendaSelectors.ts';
export { agendaAt, agendaItem, kioskAgenda, sharesOf } from './agendaSelectors.ts';
export type { MemberWriter, ShareOf } from './groupHoursCommands.ts';
export { GroupHoursCommands } from './groupHoursCommands.ts';
export type { PartLine } from './groupHoursSelectors.ts';
export { myParts, partsToAnswer } from './groupHoursSelectors.ts';
export type { IdeaWriter } from './ideasCommands.ts';
export { IdeasCommands } from './ideasCommands.ts';
export type { IdeaLine } from './ideasSelectors.ts';
export { ideasBoard, privateIdeas } from './ideasSelectors.ts';
export type { PlanProposal } from './planCommands.ts';
export { PlanCommands } from './planCommands.ts';
export type { PlanLine, PlansView } from './planSelectors.ts';
export { plansOf } from './planSelectors.ts';
export { StoriesCommands } from './storiesCommands.ts';
export type { StoryLine } from './storiesSelectors.ts';
export { storiesFor } from './storiesSelectors.ts';
export type { TogetherHost } from './TogetherCommands.ts';
export { TogetherCommands } from './TogetherCommands.ts';
export { ThanksCommands } from './thanksCommands.ts';
export type { MyThanks } from './thanksSelectors.ts';
export { boardThanks, myThanks } from './thanksSelectors.ts';
export type { PendingAnswer } from './pendingAnswers.ts';
export type { NewSurvey, SurveyHost } from './surveyCommands.ts';
export { answerDelayMs, SurveyCommands } from './surveyCommands.ts';
export { allSurveyResults, surveyOf, surveysToAnswer, tookPart } from './surveySelectors.ts';
