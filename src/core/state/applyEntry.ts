// Step 4 of the rules: entries that do not change who may do what — profiles, posts,
// messages, matches, hours, the pot. Each is judged against the membership that step 3
// left, and applying them commutes (any order gives the same state), which is what lets a
// new entry be applied on its own instead of deriving everything again.
import { toBase64Url } from '../encoding/base64url.ts';
import type { AnyEntry } from '../entry/Entry.ts';
import { isMember, writerOf } from './membership.ts';
import {
  type EntryIdText,
  isLater,
  type MemberKey,
  type NetworkState,
  type Order,
  type Rejection,
  type VerifiedEntry,
} from './NetworkState.ts';

/** Entries that refer to another entry whose rules they depend on: applied after the rest. */
export function dependsOnOthers(entry: AnyEntry): boolean {
  switch (entry.type) {
    case 'post-update':
    case 'post-close':
    case 'hours-confirm':
      return true;
    case 'transfer':
      return entry.body.proposal !== null;
    default:
      return false;
  }
}

/** The entry this one waits for, if it refers to one whose rules it depends on. */
export function referenceOf(entry: AnyEntry): EntryIdText | null {
  switch (entry.type) {
    case 'post-update':
    case 'post-close':
      return toBase64Url(entry.body.post);
    case 'hours-confirm':
      return toBase64Url(entry.body.proposal);
    case 'transfer':
      return entry.body.proposal ? toBase64Url(entry.body.proposal) : null;
    default:
      return null;
  }
}

/** Why this entry cannot be applied to this state, or null if it can. */
export function rejectionFor(state: NetworkState, item: VerifiedEntry): Rejection | null {
  const entry = item.entry as AnyEntry;
  const writer = writerOf(state, toBase64Url(entry.author), item.idText);
  if (typeof writer === 'string') return writer;
  const me = writer.member.key;
  const missing = (id: EntryIdText): Rejection => (state.chain.has(id) ? 'bad-ref' : 'missing-ref');

  switch (entry.type) {
    case 'post-update':
    case 'post-close': {
      const id = toBase64Url(entry.body.post);
      const post = state.posts.get(id);
      if (!post) return missing(id);
      // Only one's own post.
      return post.author === me ? null : 'not-author';
    }
    case 'message':
    case 'thanks': {
      const to = toBase64Url(entry.body.to);
      if (!isMember(state, to)) return 'unknown-member';
      return to === me ? 'self' : null;
    }
    case 'match-accept':
    case 'match-decline':
      return toBase64Url(entry.body.with) === me ? 'self' : null;
    case 'hours-proposal': {
      const payer = toBase64Url(entry.body.payer);
      const receiver = toBase64Url(entry.body.receiver);
      if (!isMember(state, payer) || !isMember(state, receiver)) return 'unknown-member';
      if (payer === receiver) return 'self';
      return payer === me || receiver === me ? null : 'not-party';
    }
    case 'hours-confirm': {
      const id = toBase64Url(entry.body.proposal);
      const proposal = state.proposals.get(id);
      if (!proposal) return missing(id);
      // Only the other side agrees: a party to it, and not the one who proposed it.
      if (proposal.author === me) return 'not-party';
      return proposal.payer === me || proposal.receiver === me ? null : 'not-party';
    }
    case 'transfer': {
      const to = toBase64Url(entry.body.to);
      if (to === me) return 'self';
      if (!isMember(state, to)) return 'unknown-member';
      if (!entry.body.proposal) return null;
      const id = toBase64Url(entry.body.proposal);
      const proposal = state.proposals.get(id);
      if (!proposal) return missing(id);
      // Paying a proposal: the payer pays the receiver exactly what was proposed, once.
      if (proposal.payer !== me || proposal.receiver !== to || proposal.minutes !== entry.body.minutes) {
        return 'mismatch';
      }
      const paidBy = state.paid.get(id);
      return paidBy !== undefined && paidBy !== item.idText && paidBy < item.idText ? 'already-paid' : null;
    }
    default:
      return null;
  }
}

/** Applies an entry that rejectionFor let through. */
export function applyEntry(state: NetworkState, item: VerifiedEntry): void {
  const { idText: id } = item;
  const entry = item.entry as AnyEntry;
  const device = toBase64Url(entry.author);
  const author = state.devices.get(device)?.member ?? device;
  const via = entry.via ? toBase64Url(entry.via) : null;
  const order: Order = { time: entry.time, id };
  state.applied.set(id, entry);
  switch (entry.type) {
    case 'profile': {
      const member = state.members.get(author);
      if (member && (!member.profileFrom || isLater(order, member.profileFrom))) {
        member.profile = entry.body;
        member.profileFrom = order;
      }
      return;
    }
    case 'post':
      state.posts.set(id, {
        ...entry.body,
        id,
        author,
        device,
        via,
        created: entry.time,
        updated: entry.time,
        updatedFrom: order,
        status: 'open',
        closedFrom: null,
      });
      return;
    case 'post-update': {
      const post = state.posts.get(toBase64Url(entry.body.post));
      if (post && isLater(order, post.updatedFrom)) {
        const { post: _target, ...fields } = entry.body;
        Object.assign(post, fields, { updated: entry.time, updatedFrom: order });
      }
      return;
    }
    case 'post-close': {
      const post = state.posts.get(toBase64Url(entry.body.post));
      if (post && (!post.closedFrom || isLater(order, post.closedFrom))) {
        post.status = entry.body.reason;
        post.closedFrom = order;
      }
      return;
    }
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
    case 'signal':
      state.signals.set(id, {
        id,
        from: author,
        post: entry.body.post ? toBase64Url(entry.body.post) : null,
        time: entry.time,
        sealed: entry.body.sealed,
      });
      return;
    case 'match-accept':
    case 'match-decline': {
      const key = `${toBase64Url(entry.body.post)} ${author} ${toBase64Url(entry.body.with)}`;
      const known = state.matchDecisions.get(key);
      if (!known || isLater(order, known.from)) {
        state.matchDecisions.set(key, { accept: entry.type === 'match-accept', from: order });
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
    case 'hours-confirm': {
      const proposal = toBase64Url(entry.body.proposal);
      const known = state.confirmations.get(proposal);
      if (!known || id < known) state.confirmations.set(proposal, id);
      return;
    }
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
        via,
      };
      state.transfers.set(id, transfer);
      if (transfer.proposal) state.paid.set(transfer.proposal, id);
      if (!state.reversals.has(id)) move(state, transfer.from, transfer.to, transfer.minutes);
      return;
    }
    case 'pot-donate':
      move(state, author, null, entry.body.minutes);
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

/** Moves minutes from one account to another; null is the community pot. */
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
