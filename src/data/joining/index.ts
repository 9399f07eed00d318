// The public face of src/data/joining: what pages, other domains and tests use of it.
// A lazy load (import('...')) names its file instead, so a page loads only what it shows.
export { Admission, toldByJoinStatus } from './Admission.ts';
export { arrivalBook } from './arrivalBook.ts';
export { foundNetwork, inviteFragment, joinWorkChoices, takeInvite } from './foundNetwork.ts';
export type { HandedJoin } from './inPersonJoin.ts';
export { admitHandedJoin, handJoinOver, receiveHandedJoin } from './inPersonJoin.ts';
export type { LobbyShown, LobbyView } from './LobbyRoom.ts';
export { LobbyRoom } from './LobbyRoom.ts';
export type { NetworkSettings } from './lobbySelectors.ts';
export { declineNote, joinProgress, joinSetAside, lobbyCategories, lobbyNetwork } from './lobbySelectors.ts';
