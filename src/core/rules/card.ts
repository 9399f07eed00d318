// card: a coordinator stores the kiosk's share of a card member's key, sealed to
// coordinators and kiosks (docs/protocol.md §9). Shares add up per member.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { isMember } from '../state/membership.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const card: AuthorityRule<'card'> = {
  kind: 'authority',
  body: bodyReaders.card,
  writer: 'coordinator',
  act(state, entry) {
    const target = toBase64Url(entry.body.member);
    if (!isMember(state, target)) return 'unknown-member';
    const shares = state.cards.get(target) ?? [];
    shares.push(entry.body.share);
    state.cards.set(target, shares);
    return null;
  },
};
