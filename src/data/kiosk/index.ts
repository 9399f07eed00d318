// The public face of src/data/kiosk: what pages, other domains and tests use of it.
// A lazy load (import('...')) names its file instead, so a page loads only what it shows.

export type { PrintedCard } from './CardCommands.ts';
export { CardCommands } from './CardCommands.ts';
export type { CardFound } from './CardPinLogin.ts';
export { CardLogin } from './CardPinLogin.ts';
export type { CardSession } from './CardSession.ts';
export { KioskCommands } from './KioskCommands.ts';
export { KioskDatabase } from './KioskDatabase.ts';
export { askToBeKiosk, kioskKeysFrom, sendGrant } from './kioskPairing.ts';
export { cardMembersOf, helpTextOf, kioskBoardPosts, kiosksOf, madeVia } from './kioskSelectors.ts';
export { becomeKiosk } from './kioskSetup.ts';
