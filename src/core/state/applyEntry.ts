// Entries that do not change who may do what: profiles, posts, messages, matches, hours,
// moderation and the pot. Applying them commutes (any order gives the same state), which
// is what lets a new entry be applied on its own instead of rebuilding everything.
import { toBase64Url } from '../encoding/base64url.ts';
import type { AnyEntry } from '../entry/Entry.ts';
import { isActiveMember } from './applyAuthority.ts';
import type { EntryIdText, MemberKey, NetworkState, Rejection } from './NetworkState.ts';

export function isActive(state: NetworkState, key: MemberKey, seq: number): boolean {
  return isActiveMember(state.members.get(key), seq);
}

/** Why this entry cannot be applied to this state, or null if it can. */
export function rejectionFor(state: NetworkState, entry: AnyEntry): Rejection | null {
  const author = toBase64Url(entry.author);
  const member = state.members.get(author);
  if (!member || (member.status !== 'admitted' && member.status !== 'suspended')) return 'not-member';
  if (!isActive(state, author, entry.seq)) return 'suspended';
  const isMember = (key: Uint8Array): boolean => {
    const status = state.members.get(toBase64Url(key))?.status;
    return status === 'admitted' || status === 'suspended';
  };
  const isCoordinator = member.roles.has('coordinator');

  switch (entry.type) {
    case 'post-update':
    case 'post-close':
      // Only one's own post, which comes earlier in one's own chain and so is already here.
      return state.posts.get(toBase64Url(entry.body.post))?.author === author ? null : 'not-author';
    case 'message':
    case 'thanks':
      if (!isMember(entry.body.to)) return 'unknown-member';
      return toBase64Url(entry.body.to) === author ? 'self' : null;
    case 'match-accept':
    case 'match-decline':
      return toBase64Url(entry.body.with) === author ? 'self' : null;
    case 'hours-proposal': {
      const { payer, receiver } = entry.body;
      if (!isMember(payer) || !isMember(receiver)) return 'unknown-member';
      if (toBase64Url(payer) === toBase64Url(receiver)) return 'self';
      return toBase64Url(payer) === author || toBase64Url(receiver) === author ? null : 'not-party';
    }
    case 'transfer':
      if (toBase64Url(entry.body.to) === author) return 'self';
      return isMember(entry.body.to) ? null : 'unknown-member';
    case 'hide-post':
    case 'reverse-transfer':
      return isCoordinator ? null : 'not-coordinator';
    case 'pot-grant':
      if (!isCoordinator) return 'not-coordinator';
      return isMember(entry.body.to) ? null : 'unknown-member';
    default:
      return null;
  }
}

/** Applies an entry that rejectionFor let through. */
export function applyEntry(state: NetworkState, id: EntryIdText, entry: AnyEntry): void {
  const author = toBase64Url(entry.author);
  state.applied.set(id, entry);
  switch (entry.type) {
    case 'profile': {
      const member = state.members.get(author);
      if (member && entry.seq > member.profileSeq) {
        member.profile = entry.body;
        member.profileSeq = entry.seq;
      }
      return;
    }
    case 'post':
      state.posts.set(id, {
        ...entry.body,
        id,
        author,
        created: entry.time,
        updated: entry.time,
        updateSeq: entry.seq,
        status: 'open',
      });
      return;
    case 'post-update': {
      const post = state.posts.get(toBase64Url(entry.body.post));
      if (post && entry.seq > post.updateSeq) {
        const { post: _target, ...fields } = entry.body;
        Object.assign(post, fields, { updated: entry.time, updateSeq: entry.seq });
      }
      return;
    }
    case 'post-close': {
      const post = state.posts.get(toBase64Url(entry.body.post));
      if (post) post.status = entry.body.reason;
      return;
    }
    case 'hide-post':
      state.hiddenPosts.set(toBase64Url(entry.body.post), entry.body.reason);
      return;
    case 'message': {
      const to = toBase64Url(entry.body.to);
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
      return;
    }
    case 'match-accept':
    case 'match-decline': {
      const key = `${toBase64Url(entry.body.post)} ${author} ${toBase64Url(entry.body.with)}`;
      const known = state.matchDecisions.get(key);
      if (!known || entry.seq > known.seq) {
        state.matchDecisions.set(key, { accept: entry.type === 'match-accept', seq: entry.seq });
      }
      return;
    }
    case 'hours-proposal':
      state.proposals.set(id, {
        id,
        author,
        payer: toBase64Url(entry.body.payer),
        receiver: toBase64Url(entry.body.receiver),
        minutes: entry.body.minutes,
        what: entry.body.what,
        post: entry.body.post ? toBase64Url(entry.body.post) : null,
        time: entry.time,
      });
      return;
    case 'hours-confirm':
      state.confirmations.add(toBase64Url(entry.body.proposal));
      return;
    case 'transfer': {
      const transfer = {
        id,
        from: author,
        to: toBase64Url(entry.body.to),
        minutes: entry.body.minutes,
        what: entry.body.what,
        post: entry.body.post ? toBase64Url(entry.body.post) : null,
        proposal: entry.body.proposal ? toBase64Url(entry.body.proposal) : null,
        time: entry.time,
      };
      state.transfers.set(id, transfer);
      if (!state.reversals.has(id)) move(state, transfer.from, transfer.to, transfer.minutes);
      return;
    }
    case 'reverse-transfer': {
      const target = toBase64Url(entry.body.transfer);
      if (state.reversals.has(target)) return;
      state.reversals.set(target, entry.body.reason);
      const transfer = state.transfers.get(target);
      if (transfer) move(state, transfer.from, transfer.to, -transfer.minutes);
      return;
    }
    case 'pot-donate':
      move(state, author, null, entry.body.minutes);
      return;
    case 'pot-grant':
      move(state, null, toBase64Url(entry.body.to), entry.body.minutes);
      return;
    case 'thanks':
      state.thanks.set(id, {
        id,
        from: author,
        to: toBase64Url(entry.body.to),
        text: entry.body.text,
        transfer: entry.body.transfer ? toBase64Url(entry.body.transfer) : null,
        time: entry.time,
      });
      return;
    default:
      return;
  }
}

/** Moves minutes from one account to another; null is the community pot. A reversal moves
 * minus the amount, so what was given and received is undone too. */
function move(state: NetworkState, from: MemberKey | null, to: MemberKey | null, minutes: number): void {
  if (from === null) state.pot -= minutes;
  else {
    const payer = state.members.get(from);
    if (payer) {
      payer.balance -= minutes;
      payer.given += minutes;
    }
  }
  if (to === null) state.pot += minutes;
  else {
    const receiver = state.members.get(to);
    if (receiver) {
      receiver.balance += minutes;
      receiver.received += minutes;
    }
  }
}

/** Both ends of a conversation compute the same id. */
export function conversationId(a: MemberKey, b: MemberKey, post: EntryIdText | null): string {
  const [first, second] = a < b ? [a, b] : [b, a];
  return `${first}.${second}.${post ?? 'direct'}`;
}
