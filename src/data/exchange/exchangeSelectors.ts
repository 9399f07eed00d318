// Named reads of one exchange (a post, its author and one responder): whether both said
// yes, and where the hours stand.
import { type MatchState, matchState, type ProposalStatus, proposalStatus } from '../../core/state/exchange.ts';
import type { Post, Proposal, Thanks } from '../../core/state/NetworkState.ts';
import type { SessionView } from '../session/SessionView.ts';

export type { MatchState, Proposal, ProposalStatus, Thanks };

/** Where the yes and no stand between this device's member and `other` on the post. */
export function matchWith(view: SessionView, post: Post, other: string): MatchState | null {
  const state = view.memberState;
  const responder = post.author === view.memberKey ? other : view.memberKey;
  return state ? matchState(state, post, responder) : null;
}

/** The proposals of hours on this post between this device's member and `other`, oldest first. */
export function proposalsWith(
  view: SessionView,
  postId: string,
  other: string,
): { proposal: Proposal; status: ProposalStatus }[] {
  const state = view.memberState;
  if (!state) return [];
  const pair = new Set([view.memberKey, other]);
  return [...state.proposals.values()]
    .filter((p) => p.post === postId && pair.has(p.payer) && pair.has(p.receiver))
    .sort((a, b) => a.time - b.time)
    .map((proposal) => ({ proposal, status: proposalStatus(state, proposal.id) }));
}

/** The thanks that came with paying this proposal. */
export function thanksFor(view: SessionView, proposalId: string): Thanks[] {
  const state = view.memberState;
  const transfer = state && [...state.transfers.values()].find((x) => x.proposal === proposalId);
  return state && transfer ? [...state.thanks.values()].filter((x) => x.transfer === transfer.id) : [];
}
