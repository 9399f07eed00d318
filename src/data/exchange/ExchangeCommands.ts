// What a member does in an exchange around a post: respond, say yes or no, talk
// privately, propose and confirm the hours. And one thing done without asking: a payer's
// device pays a proposal as soon as it sees the receiver confirmed it.
import { maxSealRecipients, type SealedBox } from '../../core/crypto/sealedBox.ts';
import { idFromText } from '../../core/encoding/base64url.ts';
import type { EntryType } from '../../core/entry/bodies.ts';
import type { Identity } from '../../core/Identity.ts';
import type { BodyInput } from '../../core/Ledger.ts';
import { openMessage, sealMessage } from '../../core/sealing.ts';
import { payerAndReceiver, proposalStatus } from '../../core/state/exchange.ts';
import { liveBoxKeys } from '../../core/state/membership.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';
import { failed, type SessionProblem, type WriteResult } from '../session/WriteResult.ts';

/** What the exchange commands need of their session. */
export interface ExchangeHost {
  readonly identity: Identity;
  readonly me: string;
  memberState(): NetworkState | null;
  /** Why there is no member room: closed, or not admitted. */
  noMemberRoom(): SessionProblem;
  /** The member this device writes for. */
  memberKey(): string;
  /** Proposals this device paid by itself already. */
  paidBefore(): readonly string[];
  rememberPaid(proposal: string): Promise<void>;
  write<T extends EntryType>(
    type: T,
    body: BodyInput<T>,
    options?: { stillNeeded?: () => boolean },
  ): Promise<WriteResult>;
}

export class ExchangeCommands {
  private readonly host: ExchangeHost;

  constructor(host: ExchangeHost) {
    this.host = host;
  }

  /** Responds to someone's post: our yes, and a first message if there is one. */
  async respond(postId: string, text: string): Promise<WriteResult> {
    const state = this.host.memberState();
    if (!state) return failed(this.host.noMemberRoom());
    const post = state.posts.get(postId);
    if (!post) return failed('unknown-post');
    if (post.author === this.host.memberKey()) return { ok: false, problem: 'rule', rule: 'self' };
    const accept = await this.host.write('match-accept', { post: idFromText(postId), with: idFromText(post.author) });
    if (!accept.ok || !text.trim()) return accept;
    return this.sendMessage(post.author, postId, text);
  }

  /** Our yes or no to helping `other` on this post; no reason needed. */
  decide(postId: string, other: string, accept: boolean): Promise<WriteResult> {
    return this.host.write(accept ? 'match-accept' : 'match-decline', {
      post: idFromText(postId),
      with: idFromText(other),
    });
  }

  /**
   * Help that comes back: when we look together at how it goes (`review`), and an end if
   * there is one (null: none). Setting `ends` to now stops it.
   */
  setRecurring(postId: string, other: string, review: number, ends: number | null): Promise<WriteResult> {
    return this.host.write('recurring', { post: idFromText(postId), with: idFromText(other), review, ends });
  }

  /** A private message, sealed to every device of the recipient and of ourselves. */
  async sendMessage(to: string, postId: string | null, text: string): Promise<WriteResult> {
    const state = this.host.memberState();
    if (!state?.members.has(to)) return { ok: false, problem: 'rule', rule: 'unknown-member' };
    const me = this.host.memberKey();
    const recipients = [...liveBoxKeys(state, to), ...liveBoxKeys(state, me)];
    if (recipients.length === 0 || recipients.length > maxSealRecipients) {
      return { ok: false, problem: 'rule', rule: 'unknown-member' };
    }
    const toKey = idFromText(to);
    return this.host.write('message', {
      to: toKey,
      post: postId ? idFromText(postId) : null,
      sealed: sealMessage(text.trim(), recipients, idFromText(me), toKey),
    });
  }

  /** Decrypts a message of ours (sent or received); null if it is not for us. */
  readMessage(row: { from: string; to: string; sealed: SealedBox }): string | null {
    return openMessage(row.sealed, this.host.identity, idFromText(row.from), idFromText(row.to));
  }

  /** After the help: what was done and how long, for the other side to confirm. */
  async proposeHours(postId: string, other: string, minutes: number, what: string): Promise<WriteResult> {
    const state = this.host.memberState();
    if (!state) return failed(this.host.noMemberRoom());
    const post = state.posts.get(postId);
    if (!post) return failed('unknown-post');
    const me = this.host.memberKey();
    const responder = post.author === me ? other : me;
    const { payer, receiver } = payerAndReceiver(post, responder);
    return this.host.write('hours-proposal', {
      payer: idFromText(payer),
      receiver: idFromText(receiver),
      minutes,
      what: what.trim(),
      post: idFromText(postId),
    });
  }

  /**
   * Confirms the other side's proposal. The payer confirms by paying; the receiver's
   * confirmation lets the payer's device pay as soon as it sees it.
   */
  async confirmHours(proposalId: string, thanks: string): Promise<WriteResult> {
    const state = this.host.memberState();
    if (!state) return failed(this.host.noMemberRoom());
    const proposal = state.proposals.get(proposalId);
    if (!proposal) return failed('unknown-proposal');
    const iPay = proposal.payer === this.host.memberKey();
    const result = iPay
      ? await this.pay(proposalId)
      : await this.host.write('hours-confirm', { proposal: idFromText(proposalId) });
    if (result.ok && thanks.trim()) {
      const other = iPay ? proposal.receiver : proposal.payer;
      const transfer = iPay ? idFromText(result.id) : null;
      await this.host.write('thanks', { to: idFromText(other), text: thanks.trim(), transfer });
    }
    return result;
  }

  /**
   * Our own proposals that the receiver confirmed and we have not paid yet: pay them. At
   * most once per device, whatever is refused or reordered later: a payment this device
   * made stays remembered even if it does not (yet) show as paid.
   */
  async payConfirmed(): Promise<void> {
    const state = this.host.memberState();
    if (!state) return;
    const me = this.host.memberKey();
    for (const proposal of state.proposals.values()) {
      if (proposal.payer !== me || proposal.author !== me) continue;
      if (this.host.paidBefore().includes(proposal.id)) continue;
      if (proposalStatus(state, proposal.id) !== 'confirmed') continue;
      const result = await this.pay(proposal.id);
      if (result.ok) await this.host.rememberPaid(proposal.id);
    }
  }

  /** Pays a proposal, once: a second tab that got there first wins. */
  private pay(proposalId: string): Promise<WriteResult> {
    const state = this.host.memberState();
    if (!state) return Promise.resolve(failed(this.host.noMemberRoom()));
    const proposal = state.proposals.get(proposalId);
    if (!proposal) return Promise.resolve(failed('unknown-proposal'));
    const unpaid = () => {
      const now = this.host.memberState();
      return now !== null && proposalStatus(now, proposalId) !== 'paid';
    };
    return this.host.write(
      'transfer',
      {
        to: idFromText(proposal.receiver),
        minutes: proposal.minutes,
        what: proposal.what,
        post: proposal.post ? idFromText(proposal.post) : null,
        proposal: idFromText(proposalId),
      },
      { stillNeeded: unpaid },
    );
  }
}
