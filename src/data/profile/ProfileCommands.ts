// What a member says about themselves: their profile (strengths, languages, a pause, how
// much they want to do in a week), and "this is too much for me", a private word to the
// coordinators.
import { maxSealRecipients } from '../../core/crypto/sealedBox.ts';
import { idFromText } from '../../core/encoding/base64url.ts';
import type { EntryType } from '../../core/entry/bodies.ts';
import type { BodyInput } from '../../core/Ledger.ts';
import { sealSignal } from '../../core/sealing.ts';
import { hasRole, liveBoxKeys } from '../../core/state/membership.ts';
import type { NetworkState, Profile } from '../../core/state/NetworkState.ts';
import { failed, type SessionProblem, type WriteResult } from '../session/WriteResult.ts';

export type { Profile };

export interface ProfileHost {
  readonly net: Uint8Array;
  memberState(): NetworkState | null;
  memberKey(): string;
  noMemberRoom(): SessionProblem;
  write<T extends EntryType>(type: T, body: BodyInput<T>): Promise<WriteResult>;
}

export class ProfileCommands {
  private readonly host: ProfileHost;

  constructor(host: ProfileHost) {
    this.host = host;
  }

  /** The member's profile as it stands now, or null before the member room shows one. */
  current(): Profile | null {
    return this.host.memberState()?.members.get(this.host.memberKey())?.profile ?? null;
  }

  /** The member's "ervaring met …", or '' when they wrote none. */
  experience(): string {
    return this.host.memberState()?.members.get(this.host.memberKey())?.experience?.text ?? '';
  }

  /** Writes "ervaring met …" only when it changed: every write is kept for good. */
  async saveExperience(text: string): Promise<WriteResult | null> {
    const experience = text.trim();
    if (experience === this.experience()) return null;
    return this.host.write('profile-more', { experience });
  }

  save(profile: Profile): Promise<WriteResult> {
    return this.host.write('profile', {
      ...profile,
      name: profile.name.trim(),
      area: profile.area.trim(),
      words: profile.words.trim(),
    });
  }

  /**
   * "Dit wordt me te veel": a private word to the coordinators about a post (or none),
   * sealed to their devices and this member's own, so every one of them can read it back.
   */
  tooMuch(postId: string | null, text: string): Promise<WriteResult> {
    const state = this.host.memberState();
    if (!state) return Promise.resolve(failed(this.host.noMemberRoom()));
    const me = this.host.memberKey();
    const coordinators: Uint8Array[] = [];
    for (const member of state.members.values()) {
      if (hasRole(member, 'coordinator') && member.key !== me) coordinators.push(...liveBoxKeys(state, member.key));
    }
    const own = liveBoxKeys(state, me);
    const recipients = [...coordinators.slice(0, maxSealRecipients - own.length), ...own];
    return this.host.write('signal', {
      post: postId ? idFromText(postId) : null,
      sealed: sealSignal(text.trim(), recipients, this.host.net, idFromText(me)),
    });
  }
}
