// The thank-you board (docs/protocol-together.md §4): a member says whether a thank-you of
// theirs (given or received) may show on the board; either side can take it back; a
// coordinator can hide it.
import { idFromText } from '../../core/encoding/base64url.ts';
import { failed, type WriteResult } from '../session/WriteResult.ts';
import type { MemberWriter } from './groupHoursCommands.ts';
import { hideEntry } from './hideEntry.ts';

export class ThanksCommands {
  private readonly host: MemberWriter;

  constructor(host: MemberWriter) {
    this.host = host;
  }

  /** Show this thank-you on the board (both sides must say so), or take it off. */
  show(thanks: string, show: boolean): Promise<WriteResult> {
    if (!this.host.memberState) return Promise.resolve(failed('no-member-room'));
    return this.host.write('thanks-show', { thanks: idFromText(thanks), show });
  }

  /** A coordinator takes a thank-you off the board, whatever its two people said. */
  hide(thanks: string): Promise<WriteResult> {
    return hideEntry(this.host, thanks, (state, id) => state.thanks.has(id));
  }
}
