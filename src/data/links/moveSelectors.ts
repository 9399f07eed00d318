// Named reads of moving house across a link (protocol-links.md §5) for three screens: the
// member who may ask to move (and, later, where they moved to), the old coordinator's list
// of members who asked, and the new coordinator's list of members coming in. Plain
// functions of the core's state; the rules of a move stay in src/core/links/settle/settleMoves.ts.

import type { SealedBox } from '../../core/crypto/sealedBox.ts';
import { toBase64Url } from '../../core/encoding/base64url.ts';
import type { Bodies } from '../../core/entry/bodies.ts';
import type { Link } from '../../core/links/LinkState.ts';
import { moveOutOf } from '../../core/links/movingOut.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';

/** A link a member may move along: open, not ended. */
export interface MoveChoice {
  link: string;
  /** The other neighbourhood's name. */
  name: string;
}

/** A member of ours who asked to move (their `move-away`), not yet moved out. */
export interface MoveRequest {
  link: string;
  /** Where to: the other neighbourhood's name. */
  to: string;
  member: string;
  /** The key that asked (any of the member's devices): what the move-out names, and the member's key in the new network. */
  key: string;
  name: string;
  /** The balance that would move, as this device sees it now (may be below zero). */
  minutes: number;
  away: string;
}

/** A member of the peer who moves here: the peer's `move-out`, attested, with their `move-away`. */
export interface IncomingMove {
  link: string;
  /** Where from: the other neighbourhood's name. */
  from: string;
  /** The peer's `move-out` id: what our `move-in` names as `record`. */
  record: string;
  member: string;
  /** The name and box key the member gave in their `move-away`. */
  name: string;
  boxKey: Uint8Array;
  minutes: number;
}

/** Where this member stands in a move. */
export type MyMove =
  | { kind: 'none' }
  /** Asked (`move-away` written); the coordinators have yet to agree. */
  | { kind: 'asked'; link: string; to: string }
  /** Moved out: the minutes went across. `welcome` is the new network's room key sealed to this device, once it is here. */
  | {
      kind: 'moved';
      link: string;
      to: string;
      peer: string;
      minutes: number;
      /** The key that asked: the device that goes along (the member's key there). */
      key: string;
      welcome: { epoch: number; secret: SealedBox } | null;
    };

function usable(link: Link): boolean {
  return link.open && link.ended.own === null && link.ended.peer === null;
}

/** The links a member may move along. */
export function moveChoices(state: NetworkState): MoveChoice[] {
  return [...state.links.values()].filter(usable).map((link) => ({ link: link.id, name: link.name }));
}

/** The member a `move-away` speaks for: the member of the device that signed it. */
function awayMember(state: NetworkState, author: Uint8Array): string {
  const device = toBase64Url(author);
  return state.devices.get(device)?.member ?? device;
}

/** The old coordinator's list: members who asked to move and whom no move-out names yet. */
export function moveRequests(state: NetworkState): MoveRequest[] {
  const requests = new Map<string, MoveRequest>();
  for (const item of state.linkItems) {
    if (item.side !== 'own' || item.entry.type !== 'move-away') continue;
    const link = state.links.get(toBase64Url((item.entry.body as Bodies['move-away']).link));
    const member = awayMember(state, item.entry.author);
    // From any of the member's devices, still a member here.
    const known = state.members.get(member);
    if (!link || !usable(link) || known?.status !== 'admitted') continue;
    if (link.moves.has(member) || requests.has(member)) continue;
    // A member moves out along one link only: a move-out on another link answers this ask too.
    if (moveOutOf(state.links.values(), member)) continue;
    requests.set(member, {
      link: link.id,
      to: link.name,
      member,
      key: toBase64Url(item.entry.author),
      name: known.profile?.name ?? known.enrolled?.name ?? (item.entry.body as Bodies['move-away']).name,
      minutes: known.balance,
      away: item.idText,
    });
  }
  return [...requests.values()];
}

/** The peer's entries that count here, of one type, with their ids. */
function foreignOfType<T extends 'move-out' | 'move-away' | 'move-in'>(state: NetworkState, type: T) {
  const found: { peer: string; idText: string; author: string; body: Bodies[T] }[] = [];
  for (const [key, entry] of state.foreignApplied) {
    if (entry.type !== type) continue;
    const [peer = '', idText = ''] = key.split('.');
    found.push({ peer, idText, author: toBase64Url(entry.author), body: entry.body as Bodies[T] });
  }
  return found;
}

/** The new coordinator's list: the peer's attested move-outs with the member's attested consent, not yet taken in. */
export function incomingMoves(state: NetworkState): IncomingMove[] {
  const aways = foreignOfType(state, 'move-away');
  const moves: IncomingMove[] = [];
  for (const out of foreignOfType(state, 'move-out')) {
    const link = state.links.get(toBase64Url(out.body.link));
    const member = toBase64Url(out.body.member);
    if (!link || !usable(link) || link.peer !== out.peer) continue;
    if (link.moves.has(member) || state.members.has(member) || state.devices.has(member)) continue;
    const away = aways.find((item) => item.author === member && toBase64Url(item.body.link) === link.id);
    if (!away) continue;
    moves.push({
      link: link.id,
      from: link.name,
      record: out.idText,
      member,
      name: away.body.name,
      boxKey: away.body.boxKey,
      minutes: out.body.minutes,
    });
  }
  return moves;
}

/** Where this member stands: asked, moved out (with the new network's key for this device once it crossed), or neither. */
export function myMove(state: NetworkState, memberKey: string): MyMove {
  for (const link of state.links.values()) {
    const move = link.moves.get(memberKey);
    if (move?.direction !== 'out') continue;
    if (!move.complete) return { kind: 'asked', link: link.id, to: link.name };
    const moveIn = move.in ? state.foreignApplied.get(`${link.peer}.${move.in}`) : undefined;
    const body = moveIn?.type === 'move-in' ? (moveIn.body as Bodies['move-in']) : null;
    return {
      kind: 'moved',
      link: link.id,
      to: link.name,
      peer: link.peer,
      minutes: move.minutes,
      key: move.key,
      welcome: body?.secret ? { epoch: body.epoch, secret: body.secret } : null,
    };
  }
  for (const item of state.linkItems) {
    if (item.entry.type !== 'move-away' || awayMember(state, item.entry.author) !== memberKey) continue;
    const link = state.links.get(toBase64Url((item.entry.body as Bodies['move-away']).link));
    if (link && usable(link)) return { kind: 'asked', link: link.id, to: link.name };
  }
  return { kind: 'none' };
}

/** The members who moved out of this network (the old coordinator's view: history kept here). */
export function movedOut(state: NetworkState): { member: string; name: string; to: string }[] {
  const moved: { member: string; name: string; to: string }[] = [];
  for (const link of state.links.values())
    for (const move of link.moves.values()) {
      if (move.direction !== 'out' || !move.complete) continue;
      const member = state.members.get(move.member);
      const name = member?.profile?.name ?? member?.enrolled?.name ?? '';
      moved.push({ member: move.member, name, to: link.name });
    }
  return moved;
}
