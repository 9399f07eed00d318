// message: a sealed word to another member, about a post or not. Both ends find it under
// the same conversation id.
import { toBase64Url } from '../encoding/base64url.ts';
import { keyText } from '../encoding/keyText.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { isMember } from '../state/membership.ts';
import type { EntryIdText, MemberKey, NetworkState } from '../state/NetworkState.ts';
import type { Rejection } from '../state/Rejection.ts';
import type { OrdinaryRule } from './EntryRule.ts';

export const message: OrdinaryRule<'message'> = {
  kind: 'ordinary',
  body: bodyReaders.message,
  reference: () => null,
  refusal: (state, entry, { me }) => toAnotherMember(state, entry.body.to, me),
  apply(state, entry, { id, author }) {
    const to = keyText(entry.body.to);
    const post = entry.body.post ? toBase64Url(entry.body.post) : null;
    state.messages.set(id, {
      id,
      from: author,
      to,
      post,
      conversation: conversationId(author, to, post),
      time: entry.time,
      sealed: entry.body.sealed,
    });
  },
};

/** Written to someone else who is a member (admitted, or suspended after that). */
export function toAnotherMember(state: NetworkState, to: Uint8Array, me: MemberKey): Rejection | null {
  const key = keyText(to);
  if (!isMember(state, key)) return 'unknown-member';
  return key === me ? 'self' : null;
}

/** Both ends of a conversation compute the same id. */
export function conversationId(a: MemberKey, b: MemberKey, post: EntryIdText | null): string {
  const [first, second] = a < b ? [a, b] : [b, a];
  return `${first}.${second}.${post ?? 'direct'}`;
}
