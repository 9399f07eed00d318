// The public face of src/data/exchange: what pages, other domains and tests use of it.
// A lazy load (import('...')) names its file instead, so a page loads only what it shows.

export type { AppointmentStatus } from './appointmentSelectors.ts';
export { myAppointments, newsByPost } from './appointmentSelectors.ts';
export { openPostsBy, visiblePosts } from './boardSelectors.ts';
export { ExchangeCommands } from './ExchangeCommands.ts';
export type { MatchState, Proposal, ProposalStatus } from './exchangeSelectors.ts';
export { matchWith, proposalsWith, thanksFor } from './exchangeSelectors.ts';
export { balanceStanding, hoursTotals, olderHoursElsewhere, slipPayees } from './hoursSelectors.ts';
export { mySuspension, noticesForMe, rulesChange } from './noticeSelectors.ts';
export type { Post } from './postSelectors.ts';
export { postById, respondersTo } from './postSelectors.ts';
export type { Recurring, ReviewDue } from './recurringSelectors.ts';
export { recurringWith, reviewsDue } from './recurringSelectors.ts';
