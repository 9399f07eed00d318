// The public face of src/data/links: making a link with another network (protocol-links.md
// §1), ending one (§6) and reading this network's links. A lazy load names its file instead.

export { AcrossCommands, type AcrossHost } from './AcrossCommands.ts';
export {
  type AcrossConversationLine,
  type AcrossPartner,
  acrossConversationsOf,
  acrossPartnersOn,
  answerKeysFor,
  displayNameOf,
  linkIsOpen,
  peerPostOf,
  type ShareChoice,
  shareChoices,
} from './acrossSelectors.ts';
export { endLink, maxEndReason } from './endLink.ts';
export type { LinkAgreement, LinkExchange, LinkExchangeProblem, LinkHost } from './LinkCommands.ts';
export { LinkCommands } from './LinkCommands.ts';
export { ourLinkRoster } from './linkRoster.ts';
export { linkMadeWith, linksOf, type OurLink } from './linkSelectors.ts';
export {
  defaultLinkLimitHours,
  type LinkTerms,
  linkTermsOf,
  maxLinkLimit,
  minLinkLimit,
} from './linkTerms.ts';
export { holdNewHome, MoveCommands, type MoveHost } from './MoveCommands.ts';
export {
  type IncomingMove,
  incomingMoves,
  type MoveChoice,
  type MoveRequest,
  type MyMove,
  moveChoices,
  movedOut,
  moveRequests,
  myMove,
} from './moveSelectors.ts';
