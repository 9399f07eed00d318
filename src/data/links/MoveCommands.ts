// Moving house across a link (protocol-links.md §5), one command per person:
//
//   the member (old network)     move-away {link, name, boxKey}: "I want to move", from any device
//   the old coordinator          move-out {link, member, minutes, cut}: "we agree" (cut: one
//                                cut-more part that stays home, holding the member's heads)
//   the new coordinator          move-in {link, record, member, boxKey, name, …}: like enroll,
//                                the new room key sealed to the member's box key
//   the member's device          finds that move-in in the old network (it crossed there to
//                                complete the move), opens the key, and holds the new network
//
// Each command writes only what its selector (moveSelectors.ts) lists, so a move-out
// without the member's consent, or a move-in for a record the peer did not attest, is never
// written from here; the core judges them either way.
import { fromBase64Url, idFromText, toBase64Url } from '../../core/encoding/base64url.ts';
import type { EntryType } from '../../core/entry/bodies.ts';
import type { Identity } from '../../core/Identity.ts';
import type { BodyInput } from '../../core/Ledger.ts';
import { roomKeyFor } from '../../core/rooms.ts';
import { openRoomSecret, sealRoomSecret } from '../../core/sealing.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';
import type { DeviceDatabase, NetworkRecord } from '../devices/DeviceDatabase.ts';
import { liveDeviceKeys, namedHeads } from '../devices/namedHeads.ts';
import { failed, type WriteResult } from '../session/WriteResult.ts';
import { incomingMoves, moveChoices, moveRequests, myMove } from './moveSelectors.ts';

export interface MoveHost {
  readonly identity: Identity;
  readonly net: Uint8Array;
  readonly me: string;
  readonly memberKey: string;
  readonly memberState: NetworkState | null;
  readonly record: NetworkRecord;
  write<T extends EntryType>(type: T, body: BodyInput<T>): Promise<WriteResult>;
}

export class MoveCommands {
  private readonly host: MoveHost;

  constructor(host: MoveHost) {
    this.host = host;
  }

  /**
   * May this device ask to move? Any of the member's devices: the new network knows the
   * member by the key that signed the consent, and only this device goes along (§5).
   */
  canAsk(): boolean {
    const state = this.host.memberState;
    const member = state?.members.get(this.host.memberKey);
    return (
      !!state &&
      member?.status === 'admitted' &&
      myMove(state, this.host.memberKey).kind === 'none' &&
      moveChoices(state).length > 0
    );
  }

  /** The member asks to move along `link`: their consent, with their name and this device's box key for the new network. */
  async askToMove(link: string): Promise<WriteResult> {
    const state = this.host.memberState;
    if (!state) return failed('no-member-room');
    if (!this.canAsk() || !moveChoices(state).some((choice) => choice.link === link)) return failed('not-needed');
    const member = state.members.get(this.host.memberKey);
    const name = (member?.profile?.name || member?.enrolled?.name || '').trim().slice(0, 60) || '?';
    return this.host.write('move-away', { link: idFromText(link), name, boxKey: this.host.identity.box.publicKey });
  }

  /** The old coordinator agrees: the member's balance as this device sees it moves, their devices stop after their heads. */
  async moveOut(member: string): Promise<WriteResult> {
    const state = this.host.memberState;
    if (!state) return failed('no-member-room');
    const request = moveRequests(state).find((candidate) => candidate.member === member);
    const moving = state.members.get(member);
    // No consent of the member's own (or it was answered already): nothing to agree to.
    if (!request || !moving) return failed('not-needed');
    const heads = await namedHeads(state, liveDeviceKeys(state, moving.devices), this.host);
    if (!heads.ok) return heads;
    // The move-out crosses; the heads of the member's devices are ours alone. They go into a
    // `cut-more` part, which stays here, and the move-out names only that part: the peer sees
    // one id it never gets, not how many devices the member has nor which crossed entry was
    // a device's last (that would tie the member's device keys together, §7).
    let cut: Uint8Array[] = [];
    if (heads.ids.length > 0) {
      const part = await this.host.write('cut-more', { cut: heads.ids });
      if (!part.ok) return part;
      cut = [part.entry.id];
    }
    // The member by the key that asked (any of their devices): the new network knows them by it.
    return this.host.write('move-out', {
      link: idFromText(request.link),
      member: idFromText(request.key),
      minutes: moving.balance,
      cut,
    });
  }

  /** The new coordinator takes the member in, as enroll does: the room key sealed to the box key they gave. */
  async moveIn(record: string): Promise<WriteResult> {
    const state = this.host.memberState;
    if (!state) return failed('no-member-room');
    const move = incomingMoves(state).find((candidate) => candidate.record === record);
    // Not attested by the peer, or without the member's consent, or taken in already.
    if (!move) return failed('not-needed');
    const key = roomKeyFor(state, this.host.identity, this.host.net);
    if (!key) return failed('no-room-key');
    return this.host.write('move-in', {
      link: idFromText(move.link),
      record: idFromText(move.record),
      member: idFromText(move.member),
      boxKey: move.boxKey,
      name: move.name,
      area: '',
      epoch: key.epoch,
      secret: sealRoomSecret(key.secret, [move.boxKey], this.host.net, key.epoch),
    });
  }

  /**
   * The member's device, moved out: the new network's record, from what crossed into the old
   * one (the link names the peer and its name; the peer's move-in holds its room key sealed
   * to this device). Relays: the old network's, as the link room uses them too (§5).
   */
  newHome(): NetworkRecord | null {
    const state = this.host.memberState;
    if (!state) return null;
    const move = myMove(state, this.host.memberKey);
    if (move.kind !== 'moved' || !move.welcome) return null;
    const peer = fromBase64Url(move.peer);
    if (!peer) return null;
    const secret = openRoomSecret(move.welcome.secret, this.host.identity, peer, move.welcome.epoch);
    if (!secret) return null;
    return {
      id: move.peer,
      name: move.to,
      area: '',
      role: 'member',
      // No lobby: a member needs none (the new coordinator's invite gives it, should they ever need it).
      lobbySecret: '',
      relays: this.host.record.relays,
      roomSecret: toBase64Url(secret),
      epoch: move.welcome.epoch,
      details: null,
      joinId: null,
      opened: Date.now(),
      // There, this device's key is the member's key: the move-in named the key that asked.
      member: this.host.me,
    };
  }
}

/**
 * Keeps the new network's record on this device and makes it the one opened next. A record
 * already there (the member opened an invite before) gets the room key, not a second copy.
 */
export async function holdNewHome(device: DeviceDatabase, home: NetworkRecord): Promise<void> {
  const known = await device.networks.get(home.id);
  if (!known) await device.networks.put(home);
  else
    await device.networks.update(home.id, {
      role: known.role === 'newcomer' ? 'member' : known.role,
      roomSecret: home.roomSecret,
      epoch: home.epoch,
      ...(home.member ? { member: home.member } : {}),
      opened: home.opened,
    });
}
