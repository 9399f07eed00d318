// What the coordinator acts on: the members (with their status, roles and balance), the
// posts on the board, and the transfers of hours, newest first.
import { postLapsed } from '../../core/checkpoint/postLapse.ts';
import { openJoinDetails } from '../../core/sealing.ts';
import type { Member } from '../../core/state/NetworkState.ts';
import { withoutDevice } from '../../core/state/withoutDevice.ts';
import type { SessionView } from '../session/SessionView.ts';
import { nameOf } from './toolkitNames.ts';

export interface MemberLine {
  key: string;
  name: string | null;
  status: 'admitted' | 'suspended';
  coordinator: boolean;
  kiosk: boolean;
  balance: number;
  /** This device's own member. */
  self: boolean;
  /** Admitted without a device of their own (a kiosk sign-up): offered a member card. */
  withoutDevice: boolean;
}

// A member without a device has no profile yet: their name is in the join's details, sealed
// to the coordinators. Opening costs an X25519, so once per join (the box is the ledger's object).
const sealedNames = new WeakMap<object, string>();

function sealedName(view: SessionView, member: Member): string {
  const join = member.join;
  if (!join) return '';
  if (!sealedNames.has(join.sealed)) {
    const details = openJoinDetails(join.sealed, view.identity, view.net, member.publicKey);
    sealedNames.set(join.sealed, details?.name ?? '');
  }
  return sealedNames.get(join.sealed) ?? '';
}

export function memberLines(view: SessionView): MemberLine[] {
  const state = view.memberState;
  if (!state) return [];
  const me = state.devices.get(view.me)?.member ?? view.me;
  const lines: MemberLine[] = [];
  for (const member of state.members.values()) {
    if (member.status !== 'admitted' && member.status !== 'suspended') continue;
    const cardless = withoutDevice(state, member.key);
    lines.push({
      key: member.key,
      name: nameOf(state, member.key) ?? (cardless ? sealedName(view, member) || null : null),
      status: member.status,
      coordinator: member.roles.has('coordinator'),
      kiosk: member.roles.has('kiosk'),
      balance: member.balance,
      self: member.key === me,
      withoutDevice: cardless,
    });
  }
  return lines.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'nl') || (a.key < b.key ? -1 : 1));
}

export interface PostLine {
  id: string;
  title: string;
  kind: 'offer' | 'request';
  author: string | null;
  created: number;
  hiddenReason: string | null;
}

/**
 * Open posts (hidden ones too, with their reason), newest first; at most `limit`. Not those
 * that lapsed by `now`: an archive device still holds them, and hiding one would move nothing.
 */
export function postLines(view: SessionView, now: number, limit = 50): PostLine[] {
  const state = view.memberState;
  if (!state) return [];
  return [...state.posts.values()]
    .filter((post) => post.status === 'open' && !postLapsed(post, now))
    .sort((a, b) => b.created - a.created)
    .slice(0, limit)
    .map((post) => ({
      id: post.id,
      title: post.title,
      kind: post.kind,
      author: nameOf(state, post.author),
      created: post.created,
      hiddenReason: state.hiddenPosts.get(post.id) ?? null,
    }));
}

export interface TransferLine {
  id: string;
  from: string | null;
  to: string | null;
  minutes: number;
  what: string;
  time: number;
  reversedBecause: string | null;
}

export function transferLines(view: SessionView, limit = 50): TransferLine[] {
  const state = view.memberState;
  if (!state) return [];
  return [...state.transfers.values()]
    .sort((a, b) => b.time - a.time)
    .slice(0, limit)
    .map((t) => ({
      id: t.id,
      from: nameOf(state, t.from),
      to: nameOf(state, t.to),
      minutes: t.minutes,
      what: t.what,
      time: t.time,
      reversedBecause: state.reversals.get(t.id) ?? null,
    }));
}
