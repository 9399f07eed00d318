// The public face of src/data/session: what pages, other domains and tests use of it.
// A lazy load (import('...')) names its file instead, so a page loads only what it shows.

export { categoriesOf, houseRulesOf, integrityOf, isCoordinator, ownMemberStatus } from './memberSelectors.ts';
export { NetworkSession } from './NetworkSession.ts';
export type { Integrity, SessionEvent } from './SessionEvent.ts';
export type { PhaseFacts, SessionPhase } from './SessionPhase.ts';
export { holdsMemberRoom, memberRoomOpen, phaseOf } from './SessionPhase.ts';
export type { SessionView } from './SessionView.ts';
export { workerVerifier } from './WorkerVerifier.ts';
export type { SessionProblem, WriteProblem, WriteResult } from './WriteResult.ts';
export { failed } from './WriteResult.ts';
