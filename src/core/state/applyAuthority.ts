// Entries that change who may do what. Each is checked against the state built so far
// (deriveState applies them in (time, id) order); the problem is returned, or null.
import { toBase64Url } from '../encoding/base64url.ts';
import type { AnyEntry } from '../entry/Entry.ts';
import type { VerifiedEntry } from './deriveState.ts';
import type { EntryIdText, Member, MemberKey, NetworkState, Rejection } from './NetworkState.ts';

const forever = Number.MAX_SAFE_INTEGER;

export function applyAuthority(
  state: NetworkState,
  id: EntryIdText,
  entry: AnyEntry,
  joins: ReadonlyMap<EntryIdText, VerifiedEntry>,
): Rejection | null {
  const author = toBase64Url(entry.author);

  if (entry.type === 'genesis') {
    // deriveState let through only the genesis whose id is the network's.
    state.network = entry.body;
    state.founder = author;
    const founder = newMember(author, entry.author, entry.body.boxKey);
    founder.status = 'admitted';
    founder.roles.add('coordinator');
    founder.admittedAt = entry.time;
    founder.ranges = [[1, forever]];
    state.members.set(author, founder);
    state.epochs.push({ epoch: 0, author, secrets: [entry.body.secret] });
    return null;
  }

  if (entry.type === 'join') {
    const known = state.members.get(author);
    if (known && known.status !== 'declined') return 'already-decided';
    const member = known ?? newMember(author, entry.author, entry.body.boxKey);
    member.status = 'pending';
    member.boxKey = entry.body.boxKey;
    member.joinId = id;
    member.join = entry.body;
    member.declineNote = null;
    state.members.set(author, member);
    return null;
  }

  if (!state.network) return 'not-member';
  if (!isCoordinatorAt(state, author, entry.seq)) {
    return state.members.get(author)?.status === 'suspended' ? 'suspended' : 'not-coordinator';
  }

  switch (entry.type) {
    case 'admit':
    case 'decline': {
      const target = toBase64Url(entry.body.member);
      const join = joins.get(toBase64Url(entry.body.join));
      if (!join || toBase64Url(join.entry.author) !== target) return 'no-join';
      const member = state.members.get(target);
      if (member?.status !== 'pending') return 'already-decided';
      if (entry.type === 'decline') {
        member.status = 'declined';
        member.declineNote = entry.body.note;
        return null;
      }
      member.status = 'admitted';
      member.admittedAt = entry.time;
      member.ranges = [[1, forever]];
      state.admissions.set(target, { epoch: entry.body.epoch, secret: entry.body.secret });
      // Welcome hours come from the community pot, which may go below zero.
      member.balance += entry.body.welcome;
      member.received += entry.body.welcome;
      member.welcome = entry.body.welcome;
      state.pot -= entry.body.welcome;
      return null;
    }
    case 'suspend': {
      const target = toBase64Url(entry.body.member);
      if (target === author) return 'self';
      const member = state.members.get(target);
      if (member?.status !== 'admitted') return 'already-decided';
      member.status = 'suspended';
      member.ranges = member.ranges
        .filter(([from]) => from <= entry.body.after)
        .map(([from, to]) => [from, Math.min(to, entry.body.after)] as [number, number]);
      return null;
    }
    case 'reinstate': {
      const member = state.members.get(toBase64Url(entry.body.member));
      if (member?.status !== 'suspended') return 'not-suspended';
      const lastCounted = member.ranges.at(-1)?.[1] ?? 0;
      if (entry.body.from <= lastCounted) return 'already-decided';
      member.status = 'admitted';
      member.ranges.push([entry.body.from, forever]);
      return null;
    }
    case 'grant-role': {
      const member = state.members.get(toBase64Url(entry.body.member));
      if (member?.status !== 'admitted') return 'unknown-member';
      member.roles.add(entry.body.role);
      return null;
    }
    case 'revoke-role': {
      const member = state.members.get(toBase64Url(entry.body.member));
      if (!member?.roles.has(entry.body.role)) return 'unknown-member';
      if (entry.body.role === 'coordinator' && coordinatorCount(state) <= 1) return 'last-coordinator';
      member.roles.delete(entry.body.role);
      return null;
    }
    case 'rekey': {
      // A new epoch is opened by one coordinator; more parts of it (for more readers) may
      // follow from that same coordinator. A concurrent rekey by another is stale.
      const current = state.epochs.at(-1);
      if (current && entry.body.epoch === current.epoch && current.author === author) {
        current.secrets.push(entry.body.secret);
        return null;
      }
      if (entry.body.epoch !== (current?.epoch ?? 0) + 1) return 'stale-epoch';
      state.epochs.push({ epoch: entry.body.epoch, author, secrets: [entry.body.secret] });
      return null;
    }
    default:
      return 'malformed';
  }
}

/** Is this member's entry with this seq one that counts (admitted, not cut off)? */
export function isActiveMember(member: Member | undefined, seq: number): boolean {
  if (!member || (member.status !== 'admitted' && member.status !== 'suspended')) return false;
  return member.ranges.some(([from, to]) => seq >= from && seq <= to);
}

function isCoordinatorAt(state: NetworkState, key: MemberKey, seq: number): boolean {
  const member = state.members.get(key);
  return isActiveMember(member, seq) && member?.roles.has('coordinator') === true;
}

function coordinatorCount(state: NetworkState): number {
  let count = 0;
  for (const member of state.members.values())
    if (member.status === 'admitted' && member.roles.has('coordinator')) count++;
  return count;
}

function newMember(key: MemberKey, publicKey: Uint8Array, boxKey: Uint8Array): Member {
  return {
    key,
    publicKey,
    boxKey,
    status: 'pending',
    roles: new Set(),
    joinId: null,
    join: null,
    admittedAt: null,
    declineNote: null,
    ranges: [],
    profile: null,
    profileSeq: 0,
    balance: 0,
    given: 0,
    received: 0,
    welcome: 0,
  };
}
