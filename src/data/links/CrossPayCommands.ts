// A member pays hours to a member of a linked neighbourhood (`cross-pay`, protocol-links.md
// §4). The record counts only once both networks' archive devices attested it, and our
// device's attestation is held back when it would take the clearing account past the
// link's limit. So this device refuses before writing what could only hang: a payment past
// the limit (`over-link-limit`, counting our payments still waiting for our attestation),
// past the member's credit limit, on a link that is not open or has ended, or to someone
// this network does not know on the link (a shared post's author or a record's other side).
import { idFromText } from '../../core/encoding/base64url.ts';
import { maxMinutes } from '../../core/entry/bodies/fields.ts';
import { failed, type WriteProblem, type WriteResult } from '../session/WriteResult.ts';
import type { MemberWriter } from '../together/groupHoursCommands.ts';
import { linkIsOpen } from './acrossSelectors.ts';
import { knownPeerMember, linkRoom } from './crossPaySelectors.ts';

/** What the form sends: the link, the peer's member, minutes, what was done, and the shared post. */
export interface CrossPayment {
  link: string;
  to: string;
  minutes: number;
  what: string;
  post: string | null;
}

/** Can this member pay `minutes` across the link now? The form asks before it shows its fields and again before writing. */
export type CrossPayCheck = 'ok' | 'no-member-room' | 'no-link' | 'link-ended' | 'over-link-limit' | 'over-limit';

export class CrossPayCommands {
  private readonly host: MemberWriter;

  constructor(host: MemberWriter) {
    this.host = host;
  }

  /** `minutes` 1 when the form opens: is there room for any payment at all? */
  check(link: string, minutes = 1): CrossPayCheck {
    const state = this.host.memberState;
    if (!state) return 'no-member-room';
    const found = state.links.get(link);
    if (!found?.open) return 'no-link';
    if (!linkIsOpen(found)) return 'link-ended';
    if (minutes > linkRoom(state, link)) return 'over-link-limit';
    const balance = state.members.get(this.host.memberKey)?.balance ?? 0;
    const limit = state.network?.creditLimit ?? 0;
    if (balance - minutes < -limit) return 'over-limit';
    return 'ok';
  }

  pay(payment: CrossPayment): Promise<WriteResult> {
    const state = this.host.memberState;
    const link = state?.links.get(payment.link);
    if (link && !knownPeerMember(link, payment.to)) return Promise.resolve(refused('unknown-member'));
    // Out of range: the body check says which field (the write pipeline), not the limit.
    const inRange = Number.isInteger(payment.minutes) && payment.minutes >= 1 && payment.minutes <= maxMinutes;
    const checked = inRange ? this.check(payment.link, payment.minutes) : this.check(payment.link);
    if (checked !== 'ok') return Promise.resolve(checkProblem(checked));
    return this.host.write('cross-pay', {
      link: idFromText(payment.link),
      to: idFromText(payment.to),
      minutes: payment.minutes,
      what: payment.what.trim(),
      post: payment.post ? idFromText(payment.post) : null,
    });
  }
}

/** The same words as the rules' reasons (problem.rule.*), or this device's own situation. */
export function checkProblem(checked: Exclude<CrossPayCheck, 'ok'>): WriteProblem {
  return checked === 'no-member-room' || checked === 'over-limit' ? failed(checked) : refused(checked);
}

function refused(rule: 'no-link' | 'link-ended' | 'over-link-limit' | 'unknown-member'): WriteProblem {
  return { ok: false, problem: 'rule', rule };
}
