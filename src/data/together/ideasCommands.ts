// Ideas for the neighbourhood (docs/protocol-together.md §5): shared on the ideas board, or
// sealed to the coordinators' devices and the member's own, so they can read it back.
import { maxSealRecipients } from '../../core/crypto/sealedBox.ts';
import { idFromText } from '../../core/encoding/base64url.ts';
import { sealIdea } from '../../core/sealing.ts';
import { hasRole, liveBoxKeys } from '../../core/state/membership.ts';
import { failed, type WriteResult } from '../session/WriteResult.ts';
import type { MemberWriter } from './groupHoursCommands.ts';
import { hideEntry } from './hideEntry.ts';

export interface IdeaWriter extends MemberWriter {
  readonly net: Uint8Array;
}

export class IdeasCommands {
  private readonly host: IdeaWriter;

  constructor(host: IdeaWriter) {
    this.host = host;
  }

  /** An idea on the ideas board (`forEveryone`), or for the coordinators only. */
  share(text: string, forEveryone: boolean): Promise<WriteResult> {
    const state = this.host.memberState;
    if (!state) return Promise.resolve(failed('no-member-room'));
    const words = text.trim();
    if (forEveryone) return this.host.write('idea', { text: words, sealed: null });
    const me = this.host.memberKey;
    const coordinators: Uint8Array[] = [];
    for (const member of state.members.values()) {
      if (hasRole(member, 'coordinator') && member.key !== me) coordinators.push(...liveBoxKeys(state, member.key));
    }
    const own = liveBoxKeys(state, me);
    const recipients = [...coordinators.slice(0, maxSealRecipients - own.length), ...own];
    return this.host.write('idea', { text: null, sealed: sealIdea(words, recipients, this.host.net, idFromText(me)) });
  }

  /** A coordinator takes a public idea off the board, as a post (the rule checks the role). */
  hide(idea: string): Promise<WriteResult> {
    return hideEntry(this.host, idea, (state, id) => state.ideas.has(id));
  }
}
