// The rows of the view tables, as the state says they should be. A pure function: the
// projection writes whatever differs from what it wrote before.

import type { SealedBox } from '../core/crypto/sealedBox.ts';
import { toBase64Url } from '../core/encoding/base64url.ts';
import type { PostFields, Role } from '../core/entry/bodies.ts';
import type { NetworkState, PostStatus, Rejection } from '../core/state/NetworkState.ts';

export interface MemberRow {
  key: string;
  status: string;
  roles: Role[];
  name: string;
  area: string;
  offers: string[];
  words: string;
  balance: number;
  given: number;
  received: number;
  welcome: number;
  boxKey: string;
  admittedAt: number | null;
}

export interface PostRow extends PostFields {
  id: string;
  author: string;
  created: number;
  updated: number;
  status: PostStatus | 'hidden';
  hiddenReason: string | null;
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
): TableRows {
  return {
    members: [...state.members.values()].map((m) => ({
      key: m.key,
      status: m.status,
      roles: [...m.roles].sort(),
      name: m.profile?.name ?? '',
      area: m.profile?.area ?? '',
      offers: m.profile?.offers ?? [],
      words: m.profile?.words ?? '',
      balance: m.balance,
      given: m.given,
      received: m.received,
      welcome: m.welcome,
      boxKey: toBase64Url(m.boxKey),
      admittedAt: m.admittedAt,
    })),
    posts: [...state.posts.values()].map(({ updateSeq: _seq, ...post }) => {
      const hiddenReason = state.hiddenPosts.get(post.id) ?? null;
      return { ...post, status: hiddenReason === null ? post.status : 'hidden', hiddenReason };
    }),
    transfers: [...state.transfers.values()].map((t) => ({
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
    })),
    messages: [...state.messages.values()],
    rejected: [...refused, ...state.rejected].map(([id, r]) => ({ id, ...r })),
  };
}
