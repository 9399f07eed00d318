// What a member does with shared plans (docs/protocol-together.md §3): propose one, pledge
// hours, vote while voting is open; a guide closes the vote, pays for work done and ends
// the plan; a coordinator grants from the pot, or hides a plan. The rules decide; this device also refuses
// a pledge that takes its member past the credit limit (the rules only flag it).
import { idFromText } from '../../core/encoding/base64url.ts';
import type { Plan } from '../../core/state/plans.ts';
import { failed, type WriteResult } from '../session/WriteResult.ts';
import type { MemberWriter } from './groupHoursCommands.ts';
import { hideEntry } from './hideEntry.ts';

/** What the form asks for a new plan; guides and the circle are member keys (the proposer first). */
export interface PlanProposal {
  title: string;
  text: string;
  minutes: number;
  voteEnd: number;
  doneBy: number;
  guides: string[];
  /** A small circle that alone pledges and votes (holding the guides), or empty. */
  circle: string[];
}

export class PlanCommands {
  private readonly host: MemberWriter;

  constructor(host: MemberWriter) {
    this.host = host;
  }

  propose(proposal: PlanProposal): Promise<WriteResult> {
    if (!this.host.memberState) return Promise.resolve(failed('no-member-room'));
    return this.host.write('plan', {
      title: proposal.title.trim(),
      text: proposal.text.trim(),
      minutes: proposal.minutes,
      voteEnd: proposal.voteEnd,
      doneBy: proposal.doneBy,
      guides: proposal.guides.map(idFromText),
      circle: proposal.circle.map(idFromText),
    });
  }

  /** Hours from this member into the plan; never past the network's credit limit. */
  pledge(plan: string, minutes: number): Promise<WriteResult> {
    return this.open(plan, (state) => {
      const balance = state.members.get(this.host.memberKey)?.balance ?? 0;
      const limit = state.network?.creditLimit ?? 0;
      if (balance - minutes < -limit) return Promise.resolve(failed('over-limit'));
      return this.host.write('pledge', { plan: idFromText(plan), minutes });
    });
  }

  vote(plan: string, yes: boolean): Promise<WriteResult> {
    return this.open(plan, () => this.host.write('vote', { plan: idFromText(plan), yes }));
  }

  /** A guide or a coordinator counts the votes, once voting time is over. */
  close(plan: string): Promise<WriteResult> {
    return this.open(plan, () => this.host.write('plan-close', { plan: idFromText(plan) }));
  }

  /** A guide pays a member for work done on the plan. */
  pay(plan: string, to: string, minutes: number, what: string): Promise<WriteResult> {
    return this.open(plan, () =>
      this.host.write('plan-pay', { plan: idFromText(plan), to: idFromText(to), minutes, what: what.trim() }),
    );
  }

  /** No more payments: what is left goes back to those who gave it. */
  end(plan: string): Promise<WriteResult> {
    return this.open(plan, () => this.host.write('plan-end', { plan: idFromText(plan) }));
  }

  /** A coordinator gives hours from the pot to the plan. */
  grant(plan: string, minutes: number, reason: string): Promise<WriteResult> {
    return this.open(plan, () =>
      this.host.write('plan-grant', { plan: idFromText(plan), minutes, reason: reason.trim() }),
    );
  }

  /** A coordinator hides a plan from the page (its accounts go on; those in it still see it). */
  hide(plan: string): Promise<WriteResult> {
    return hideEntry(this.host, plan, (state, id) => state.plans.has(id));
  }

  /** Writes only about a plan this device knows and that is neither rejected nor ended. */
  private open(
    plan: string,
    write: (state: NonNullable<MemberWriter['memberState']>, known: Plan) => Promise<WriteResult>,
  ) {
    const state = this.host.memberState;
    if (!state) return Promise.resolve(failed('no-member-room'));
    const known = state.plans.get(plan);
    if (!known) return Promise.resolve(failed('unknown-plan'));
    if (known.outcome.status === 'rejected' || known.outcome.status === 'ended') {
      return Promise.resolve<WriteResult>({ ok: false, problem: 'rule', rule: 'plan-closed' });
    }
    return write(state, known);
  }
}
