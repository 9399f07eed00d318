// A member's voice when no coordinator can act: "I want this member as coordinator" (a
// `vouch`, src/core/rules/vouch.ts). Any admitted member may write it; the rules decide
// when the voices are enough.
import { idFromText } from '../../core/encoding/base64url.ts';
import type { EntryType } from '../../core/entry/bodies.ts';
import type { BodyInput } from '../../core/Ledger.ts';
import type { MemberKey, NetworkState } from '../../core/state/NetworkState.ts';
import { failed, type SessionProblem, type WriteResult } from '../session/WriteResult.ts';

export interface VouchHost {
  memberState(): NetworkState | null;
  noMemberRoom(): SessionProblem;
  write<T extends EntryType>(type: T, body: BodyInput<T>): Promise<WriteResult>;
}

export class VouchCommands {
  private readonly host: VouchHost;

  constructor(host: VouchHost) {
    this.host = host;
  }

  /** Chooses `member` as the next coordinator; a later choice replaces this one. */
  vouch(member: MemberKey): Promise<WriteResult> {
    const state = this.host.memberState();
    if (!state) return Promise.resolve(failed(this.host.noMemberRoom()));
    if (state.members.get(member)?.status !== 'admitted') {
      return Promise.resolve({ ok: false, problem: 'rule', rule: 'unknown-member' });
    }
    return this.host.write('vouch', { member: idFromText(member) });
  }
}
