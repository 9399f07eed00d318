// An exchange around one post, read from the state: who responded, whether both agreed,
// and where the hours stand. Pure reading; the rules that make these entries valid are in
// applyEntry.
import type { EntryIdText, MemberKey, NetworkState, Post } from './NetworkState.ts';

export interface MatchState {
  /** The post's author said yes to the responder. */
  authorAccepted: boolean;
  /** The responder said yes (by responding, or later). */
  responderAccepted: boolean;
  /** Either side's latest word is no. */
  declined: boolean;
  agreed: boolean;
}

export function matchState(state: NetworkState, post: Post, responder: MemberKey): MatchState {
  const author = state.matchDecisions.get(`${post.id} ${post.author} ${responder}`);
  const other = state.matchDecisions.get(`${post.id} ${responder} ${post.author}`);
  const authorAccepted = author?.accept === true;
  const responderAccepted = other?.accept === true;
  const declined = author?.accept === false || other?.accept === false;
  return { authorAccepted, responderAccepted, declined, agreed: authorAccepted && responderAccepted && !declined };
}

/** Who pays the hours in an exchange on this post: the one who received the help. */
export function payerAndReceiver(post: Post, responder: MemberKey): { payer: MemberKey; receiver: MemberKey } {
  return post.kind === 'request'
    ? { payer: post.author, receiver: responder }
    : { payer: responder, receiver: post.author };
}

export type ProposalStatus = 'waiting' | 'confirmed' | 'paid';

/**
 * Paid: a transfer that counts paid it — by the payer, to the receiver, the minutes
 * proposed (applyEntry refuses any other transfer that names the proposal). Confirmed:
 * the other side agreed.
 */
export function proposalStatus(state: NetworkState, proposal: EntryIdText): ProposalStatus {
  if (state.paid.has(proposal)) return 'paid';
  return state.confirmations.has(proposal) ? 'confirmed' : 'waiting';
}

/** Members who responded to a post (wrote a match decision about it), other than its author. */
export function respondersOf(state: NetworkState, post: Post): MemberKey[] {
  const responders = new Set<MemberKey>();
  for (const key of state.matchDecisions.keys()) {
    const [postId, decider, other] = key.split(' ');
    if (postId !== post.id) continue;
    if (decider && decider !== post.author) responders.add(decider);
    if (decider === post.author && other) responders.add(other);
  }
  return [...responders];
}
