// What a member does across a link (protocol-links.md §3): shares one of their posts with
// a linked neighbourhood, and writes to a member there. Who a message goes to, and the box
// keys it is sealed to, come from the state only (the share, or a message that member
// sent us), never from the screen: a key nobody gave us across gets no message.
import { maxSealRecipients, type SealedBox } from '../../core/crypto/sealedBox.ts';
import { idFromText } from '../../core/encoding/base64url.ts';
import type { EntryType } from '../../core/entry/bodies.ts';
import type { Identity } from '../../core/Identity.ts';
import type { BodyInput } from '../../core/Ledger.ts';
import { openCrossMessage, sealCrossMessage } from '../../core/links/crossSealing.ts';
import { liveBoxKeys } from '../../core/state/membership.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';
import { failed, type WriteResult } from '../session/WriteResult.ts';
import { answerKeysFor, displayNameOf, shareChoices } from './acrossSelectors.ts';

/** At most this many box keys in a share or a message (protocol-links.md §3). */
const maxBoxKeys = 8;

export interface AcrossHost {
  readonly identity: Identity;
  /** The member this device writes for. */
  readonly memberKey: string;
  readonly memberState: NetworkState | null;
  write<T extends EntryType>(type: T, body: BodyInput<T>): Promise<WriteResult>;
}

export class AcrossCommands {
  private readonly host: AcrossHost;

  constructor(host: AcrossHost) {
    this.host = host;
  }

  /** Shares our post with the neighbourhood of `link`: its updates and close follow it. */
  async share(postId: string, link: string): Promise<WriteResult> {
    const state = this.host.memberState;
    if (!state) return failed('no-member-room');
    const me = this.host.memberKey;
    const post = state.posts.get(postId);
    if (!post) return failed('unknown-post');
    if (post.author !== me) return { ok: false, problem: 'rule', rule: 'not-author' };
    const choice = shareChoices(state, post.category, postId).find((c) => c.link === link);
    if (!choice) return { ok: false, problem: 'rule', rule: state.policy.shareAcross ? 'no-link' : 'not-shared' };
    if (!choice.allowed) return { ok: false, problem: 'rule', rule: 'not-shared' };
    if (choice.shared) return failed('not-needed');
    return this.host.write('post-share', {
      post: idFromText(postId),
      link: idFromText(link),
      name: displayNameOf(state, me),
      boxKeys: liveBoxKeys(state, me).slice(0, maxBoxKeys),
    });
  }

  /**
   * A message to `to`, a member of the linked neighbourhood, about `postId` (theirs or
   * ours) or about nothing: sealed to their box keys as the share or their own message
   * gave them, and to ours.
   */
  async send(link: string, to: string, postId: string | null, text: string): Promise<WriteResult> {
    const state = this.host.memberState;
    if (!state) return failed('no-member-room');
    // An old conversation over a link that has ended says so, not "unknown member".
    const found = state.links.get(link);
    if (!found) return { ok: false, problem: 'rule', rule: 'no-link' };
    if (found.ended.own || found.ended.peer) return { ok: false, problem: 'rule', rule: 'link-ended' };
    const theirs = answerKeysFor(state, link, to, postId);
    if (!theirs) return { ok: false, problem: 'rule', rule: 'unknown-member' };
    const me = this.host.memberKey;
    const ours = liveBoxKeys(state, me).slice(0, maxBoxKeys);
    const recipients = [...theirs, ...ours];
    if (recipients.length > maxSealRecipients) return { ok: false, problem: 'rule', rule: 'unknown-member' };
    const linkId = idFromText(link);
    const toKey = idFromText(to);
    // Bound to the keys as the entry names them: this device's, which signs it, and `to`
    // (protocol-links.md §3), so the other side opens it without knowing our devices.
    return this.host.write('cross-message', {
      link: linkId,
      to: toKey,
      post: postId ? idFromText(postId) : null,
      boxKeys: ours,
      sealed: sealCrossMessage(text.trim(), recipients, linkId, this.host.identity.signing.publicKey, toKey),
    });
  }

  /** Opens a message across (sent or received), by the keys its entry names; null if it is not for us. */
  read(row: {
    link: string;
    from: string;
    to: string;
    sealedAs?: { from: string; to: string };
    sealed: SealedBox;
  }): string | null {
    const { from, to } = row.sealedAs ?? row;
    return openCrossMessage(row.sealed, this.host.identity, idFromText(row.link), idFromText(from), idFromText(to));
  }
}
