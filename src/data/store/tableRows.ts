// The rows of the view tables, as the state says they should be. A pure function: the
// projection writes whatever differs from what it wrote before.

import { postShowsUntil } from '../../core/checkpoint/postLapse.ts';
import type { SealedBox } from '../../core/crypto/sealedBox.ts';
import { toBase64Url } from '../../core/encoding/base64url.ts';
import type { PostFields, Role } from '../../core/entry/bodies.ts';
import type { Entry } from '../../core/entry/Entry.ts';
import { cameOf } from '../../core/state/activities.ts';
import { movedPart, movedPartRowIds, partRowIds } from '../../core/state/groupParts.ts';
import type { NetworkState, PostStatus } from '../../core/state/NetworkState.ts';
import type { Rejection } from '../../core/state/Rejection.ts';
import { runToEnd, type Steps } from '../../core/state/steps.ts';
import { acrossMessageRows, acrossPostRows } from './acrossRows.ts';

export interface MemberRow {
  key: string;
  status: string;
  roles: Role[];
  name: string;
  area: string;
  offers: string[];
  words: string;
  /** "Ervaring met …" (together §7); rows written before it existed lack it. */
  experience?: string;
  balance: number;
  given: number;
  received: number;
  welcome: number;
  admittedAt: number | null;
  languages: string[];
  paused: boolean;
  perWeek: number;
  /** Made by a coordinator for someone without a device (a member card, an import). */
  enrolled: boolean;
}

export interface PostRow extends PostFields {
  id: string;
  author: string;
  /** The device that helped write it (the kiosk, a coordinator's laptop), or null. */
  via: string | null;
  created: number;
  updated: number;
  status: PostStatus | 'hidden';
  hiddenReason: string | null;
  /** A linked neighbourhood's post (protocol-links.md §3): its link, its name, and the author's name there. */
  across?: { link: string; place: string; name: string };
}

export interface TransferRow {
  id: string;
  from: string;
  to: string;
  parties: string[];
  minutes: number;
  what: string;
  post: string | null;
  time: number;
  reversed: boolean;
  reverseReason: string | null;
}

export interface MessageRow {
  id: string;
  from: string;
  to: string;
  post: string | null;
  conversation: string;
  time: number;
  sealed: SealedBox;
  /** A message across this link (protocol-links.md §3), sealed as crossSealing.ts does. */
  link?: string;
  /** Across: the keys the box is bound to (the entry's author and `to`; maybe not the members' keys). */
  sealedAs?: { from: string; to: string };
}

export interface RejectionRow {
  id: string;
  reason: Rejection;
  detail: string;
}

export interface TableRows {
  members: MemberRow[];
  posts: PostRow[];
  transfers: TransferRow[];
  messages: MessageRow[];
  rejected: RejectionRow[];
}

export function tableRows(
  state: NetworkState,
  refused: ReadonlyMap<string, { reason: Rejection; detail: string }>,
  /** Whose messages and hours become rows (messageReaders.ts); everyone's when not given. */
  readers?: ReadonlySet<string>,
): TableRows {
  return runToEnd(tableRowsInSteps(state, refused, readers));
}

/** Rows made between two yields (well under 1 ms of work). */
const rowsPerStep = 64;

/** tableRows in slices (steps.ts), every loop by index: a generator's for-of makes an object per step. */
export function* tableRowsInSteps(
  state: NetworkState,
  refused: ReadonlyMap<string, { reason: Rejection; detail: string }>,
  readers?: ReadonlySet<string>,
): Steps<TableRows> {
  let made = 0;
  const rows = function* <I, R>(items: Iterable<I>, row: (item: I) => R | null): Steps<R[]> {
    const out: R[] = [];
    const list = Array.isArray(items) ? (items as readonly I[]) : [...items];
    for (let at = 0; at < list.length; at++) {
      const one = row(list[at] as I);
      if (one !== null) out.push(one);
      if (++made % rowsPerStep === 0) yield;
    }
    return out;
  };
  const members = yield* rows(state.members.keys(), (key) => memberRow(state, key));
  const posts = [...(yield* rows(state.posts.keys(), (id) => postRow(state, id))), ...acrossPostRows(state)];
  const transfers = yield* rows([...state.transfers.keys(), ...movedPartRowIds(state)], (id) => {
    const row = transferRow(state, id);
    return row && readBy(row, readers) ? row : null;
  });
  const messages = yield* rows([...state.messages.values(), ...acrossMessageRows(state)], (row) =>
    readBy(row, readers) ? row : null,
  );
  const rejected = yield* rows([...refused, ...state.rejected], ([id, r]) => ({ id, ...r }));
  return { members, posts, transfers, messages, rejected };
}

/**
 * Is this row one of the readers' own? Hours and messages are read only by their people
 * (the hours history of a member, or of a card member at the kiosk): a member's device
 * keeps its own rows, not a row for each of the network's 20,000 transfers of a year.
 */
export function readBy(row: { from: string; to: string }, readers: ReadonlySet<string> | undefined): boolean {
  return !readers || readers.has(row.from) || readers.has(row.to);
}

export function memberRow(state: NetworkState, key: string): MemberRow | null {
  const m = state.members.get(key);
  if (!m) return null;
  const row: MemberRow = {
    key: m.key,
    status: m.status,
    roles: [...m.roles].sort(),
    name: m.profile?.name ?? '',
    area: m.profile?.area ?? '',
    offers: m.profile?.offers ?? [],
    words: m.profile?.words ?? '',
    experience: m.experience?.text ?? '',
    balance: m.balance,
    given: m.given,
    received: m.received,
    welcome: m.welcome,
    admittedAt: m.admittedAt,
    languages: m.profile?.languages ?? [],
    paused: m.profile?.paused ?? false,
    perWeek: m.profile?.perWeek ?? 0,
    enrolled: m.enrolled !== null,
  };
  if (!m.profile && m.enrolled) {
    row.name = m.enrolled.name;
    row.area = m.enrolled.area;
  }
  return row;
}

export function postRow(state: NetworkState, id: string): PostRow | null {
  const found = state.posts.get(id);
  if (!found) return null;
  const { updatedFrom: _updated, closedFrom: _closed, device: _device, ...post } = found;
  const hiddenReason = state.hiddenPosts.get(post.id) ?? null;
  // Shown until it stops showing by the rules, whatever later date it claims (postLapse.ts).
  const expires = postShowsUntil(post);
  return { ...post, expires, status: hiddenReason === null ? post.status : 'hidden', hiddenReason };
}

export function transferRow(state: NetworkState, id: string): TransferRow | null {
  if (id.includes('.')) return partRow(state, id);
  const t = state.transfers.get(id);
  if (!t) return null;
  return {
    id: t.id,
    from: t.from,
    to: t.to,
    parties: [t.from, t.to],
    minutes: t.minutes,
    what: t.what,
    post: t.post,
    time: t.time,
    reversed: state.reversals.has(t.id),
    reverseReason: state.reversals.get(t.id) ?? null,
  };
}

/** A moved part of a group record (together §2): in the history like any transfer. */
function partRow(state: NetworkState, id: string): TransferRow | null {
  const part = movedPart(state, id);
  if (!part) return null;
  const { record: _record, ...row } = part;
  return { ...row, parties: [part.from, part.to], reversed: false, reverseReason: null };
}

export interface TouchedKeys {
  members: Set<string>;
  posts: Set<string>;
  transfers: Set<string>;
  messages: Set<string>;
}

/**
 * The rows an entry, applied in place, can have changed: what a single new entry needs
 * written, instead of every row of the network.
 */
export function rowsTouchedBy(state: NetworkState, entries: readonly { idText: string; entry: Entry }[]): TouchedKeys {
  const touched: TouchedKeys = { members: new Set(), posts: new Set(), transfers: new Set(), messages: new Set() };
  for (const { idText, entry } of entries) {
    // The member who wrote it: a card or an added device signs with its own key, not the member's.
    const device = toBase64Url(entry.author);
    const author = state.devices.get(device)?.member ?? device;
    const body = entry.body as Record<string, unknown>;
    const ref = (field: string) => (body[field] instanceof Uint8Array ? toBase64Url(body[field] as Uint8Array) : null);
    switch (entry.type) {
      case 'profile':
      case 'profile-more':
      case 'pot-donate':
        touched.members.add(author);
        break;
      case 'post':
        touched.posts.add(idText);
        break;
      case 'post-update':
      case 'post-close':
      case 'hide-post': {
        const post = ref('post');
        if (post) touched.posts.add(post);
        break;
      }
      case 'message':
        touched.messages.add(idText);
        break;
      case 'transfer': {
        touched.transfers.add(idText);
        touched.members.add(author);
        const to = ref('to');
        if (to) touched.members.add(to);
        break;
      }
      case 'reverse-transfer': {
        const target = ref('transfer');
        const transfer = target ? state.transfers.get(target) : undefined;
        if (target) touched.transfers.add(target);
        if (transfer) touched.members.add(transfer.from).add(transfer.to);
        break;
      }
      case 'group-hours':
      case 'part-answer': {
        const record = state.groupRecords.get(entry.type === 'group-hours' ? idText : (ref('record') ?? ''));
        for (const part of record?.parts ?? []) touched.members.add(part.payer).add(part.receiver);
        for (const row of record ? partRowIds(record) : []) touched.transfers.add(row);
        break;
      }
      case 'pot-grant': {
        const to = ref('to');
        if (to) touched.members.add(to);
        break;
      }
      case 'came':
      case 'attendance':
      case 'activity-cancel': {
        // What an activity pays is recomputed whole: its organiser and anyone it paid or
        // stopped paying (a rewritten list) may have a new balance.
        const activity = state.activities.get(ref('activity') ?? '');
        if (!activity) break;
        touched.members.add(activity.organiser);
        for (const member of cameOf(state, activity)) touched.members.add(member);
        break;
      }
      case 'plan':
      case 'pledge': {
        // What a plan moves is recomputed whole (together §3): a pledge to an ended plan
        // changes what goes back to every pledger.
        const plan = state.plans.get(entry.type === 'plan' ? idText : (ref('plan') ?? ''));
        touched.members.add(author);
        for (const member of plan ? [...plan.outcome.out.keys(), ...plan.outcome.in.keys()] : []) {
          touched.members.add(member);
        }
        break;
      }
      default:
        // Authority entries always come with a rebuild; exchanges are read from the state.
        break;
    }
  }
  return touched;
}
