// "Mijn afspraken": this member's requests and offers and the exchanges they are in, each
// with where it stands, newest change first. And, per post, when someone else last did
// something there that concerns this member (for the unread markers).
import { matchState, proposalStatus, respondersOf } from '../../core/state/exchange.ts';
import type { MemberKey, NetworkState, Post } from '../../core/state/NetworkState.ts';
import type { SessionView } from '../session/SessionView.ts';

export type AppointmentStatus =
  /** Nobody answered yet, or the other side has not said yes yet. */
  | 'waiting'
  /** Both said yes; the help can happen. */
  | 'agreed'
  /** Hours were proposed (or confirmed and not yet written): someone has to confirm. */
  | 'hours-to-confirm'
  /** The hours are written, or the post was closed as done. */
  | 'done'
  /** One side said no, or the post was withdrawn. */
  | 'stopped';

export interface Appointment {
  /** postId, or postId + the other member: one line per exchange. */
  key: string;
  post: Post;
  /** The other member of the exchange; null for a post of this member's that nobody answered. */
  other: MemberKey | null;
  status: AppointmentStatus;
  /** When it last changed (by anyone), ms. */
  changed: number;
  /** Whether this member has to do something now (answer, confirm hours). */
  yourTurn: boolean;
}

/** What happened per exchange (post + the pair), by anyone, and by the other one. */
interface Times {
  any: number;
  byOther: number;
}

function pairKey(post: string, a: MemberKey, b: MemberKey): string {
  return a < b ? `${post} ${a} ${b}` : `${post} ${b} ${a}`;
}

/** One pass over what happens in exchanges: the latest time per (post, pair), and what `me` did not do. */
function exchangeTimes(state: NetworkState, me: MemberKey): Map<string, Times> {
  const times = new Map<string, Times>();
  const note = (post: string | null, a: MemberKey, b: MemberKey, time: number, by: MemberKey) => {
    if (!post || (a !== me && b !== me)) return;
    const key = pairKey(post, a, b);
    const known = times.get(key) ?? { any: 0, byOther: 0 };
    known.any = Math.max(known.any, time);
    if (by !== me) known.byOther = Math.max(known.byOther, time);
    times.set(key, known);
  };
  for (const message of state.messages.values())
    note(message.post, message.from, message.to, message.time, message.from);
  for (const [key, decision] of state.matchDecisions) {
    const [post, decider, other] = key.split(' ');
    if (post && decider && other) note(post, decider, other, decision.from.time, decider);
  }
  for (const proposal of state.proposals.values()) {
    note(proposal.post, proposal.payer, proposal.receiver, proposal.time, proposal.author);
  }
  for (const transfer of state.transfers.values()) {
    note(transfer.post, transfer.from, transfer.to, transfer.time, transfer.from);
  }
  return times;
}

function exchangeStatus(
  state: NetworkState,
  post: Post,
  me: MemberKey,
  other: MemberKey,
): [AppointmentStatus, boolean] {
  const responder = post.author === me ? other : me;
  const match = matchState(state, post, responder);
  if (match.declined) return ['stopped', false];
  const proposals = [...state.proposals.values()].filter(
    (p) => p.post === post.id && (p.payer === other || p.receiver === other) && (p.payer === me || p.receiver === me),
  );
  const open = proposals.find((p) => proposalStatus(state, p.id) !== 'paid');
  if (open) {
    const waitingForMe = proposalStatus(state, open.id) === 'waiting' && open.author !== me;
    return ['hours-to-confirm', waitingForMe];
  }
  if (proposals.length > 0) return ['done', false];
  if (match.agreed) return ['agreed', false];
  const mine = post.author === me ? match.authorAccepted : match.responderAccepted;
  return ['waiting', !mine];
}

export function myAppointments(view: SessionView): Appointment[] {
  const state = view.memberState;
  if (!state) return [];
  const me = view.memberKey;
  const times = exchangeTimes(state, me);
  const lines: Appointment[] = [];
  for (const post of state.posts.values()) {
    if (state.hiddenPosts.has(post.id)) continue;
    const responders = respondersOf(state, post);
    const others = post.author === me ? responders : responders.includes(me) ? [post.author] : [];
    if (post.author === me && others.length === 0) {
      const status: AppointmentStatus =
        post.status === 'open' ? 'waiting' : post.status === 'done' ? 'done' : 'stopped';
      lines.push({ key: post.id, post, other: null, status, changed: post.updated, yourTurn: false });
      continue;
    }
    for (const other of others) {
      const [status, yourTurn] = exchangeStatus(state, post, me, other);
      const changed = Math.max(post.updated, times.get(pairKey(post.id, me, other))?.any ?? 0);
      lines.push({ key: `${post.id} ${other}`, post, other, status, changed, yourTurn });
    }
  }
  return lines.sort((a, b) => b.changed - a.changed || (a.key < b.key ? -1 : 1));
}

/**
 * Per post: the latest time someone else did something in an exchange of this member's
 * on it (a message, a yes or no, hours proposed or paid). What this device has not looked
 * at since is unread.
 */
export function newsByPost(view: SessionView): Map<string, number> {
  const state = view.memberState;
  const news = new Map<string, number>();
  if (!state) return news;
  for (const [key, times] of exchangeTimes(state, view.memberKey)) {
    if (times.byOther === 0) continue;
    const post = key.split(' ')[0] ?? '';
    news.set(post, Math.max(news.get(post) ?? 0, times.byOther));
  }
  return news;
}
