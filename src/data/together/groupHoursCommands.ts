// Hours with several people (docs/protocol-together.md §2): writing one record whose parts
// each move once both sides agreed, and answering a part one is asked to confirm.
import { idFromText } from '../../core/encoding/base64url.ts';
import type { EntryType } from '../../core/entry/bodies.ts';
import type { BodyInput } from '../../core/Ledger.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';
import { failed, type WriteResult } from '../session/WriteResult.ts';

/** What these commands need of a session (a NetworkSession, or a card member's session). */
export interface MemberWriter {
  readonly memberState: NetworkState | null;
  readonly memberKey: string;
  write<T extends EntryType>(type: T, body: BodyInput<T>): Promise<WriteResult>;
}

/** One neighbour in a record: who, and how many minutes. */
export interface ShareOf {
  member: string;
  minutes: number;
}

export class GroupHoursCommands {
  private readonly host: MemberWriter;

  constructor(host: MemberWriter) {
    this.host = host;
  }

  /**
   * One record: I pay each neighbour their minutes (`pay`), or each pays me (`receive`).
   * Writing it is my yes to every part; each neighbour confirms their own.
   */
  record(
    direction: 'pay' | 'receive',
    shares: readonly ShareOf[],
    what: string,
    post: string | null,
  ): Promise<WriteResult> {
    if (!this.host.memberState) return Promise.resolve(failed('no-member-room'));
    const me = idFromText(this.host.memberKey);
    const parts = shares.map((share) => {
      const other = idFromText(share.member);
      return direction === 'pay'
        ? { payer: me, receiver: other, minutes: share.minutes }
        : { payer: other, receiver: me, minutes: share.minutes };
    });
    return this.host.write('group-hours', { parts, what: what.trim(), post: post ? idFromText(post) : null });
  }

  /** My yes or no to a part of someone's record. The first answer is final. */
  answer(record: string, part: number, agree: boolean): Promise<WriteResult> {
    if (!this.host.memberState) return Promise.resolve(failed('no-member-room'));
    return this.host.write('part-answer', { record: idFromText(record), part, agree });
  }
}
