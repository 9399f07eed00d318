// The admission flow. A newcomer's side: the join request, sealed to the coordinators the
// lobby knows and sent as soon as the lobby shows the network; the move into the member
// room once the lobby shows the admission; the profile, published once the member room
// shows it. A coordinator's side: admitting (passing on the room key) and declining.

import { idFromText, toBase64Url } from '../../core/encoding/base64url.ts';
import type { Bodies, EntryType } from '../../core/entry/bodies.ts';
import { entryId } from '../../core/entry/Entry.ts';
import type { Identity } from '../../core/Identity.ts';
import { hasJoinWork } from '../../core/joinWork.ts';
import type { BodyInput } from '../../core/Ledger.ts';
import type { LobbyView } from '../../core/lobby.ts';
import { roomKeyFor } from '../../core/rooms.ts';
import { type JoinDetails, openRoomSecret, sealDeclineNote, sealRoomSecret } from '../../core/sealing.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';
import type { Room } from '../../sync/Room.ts';
import type { NetworkRecord } from '../devices/DeviceDatabase.ts';
import { failed, type SessionProblem, type WriteResult } from '../session/WriteResult.ts';
import { joinWorkAt, signJoin } from './joinEntry.ts';
import { signUpAtKiosk } from './kioskSignUp.ts';
import type { LobbyRoom } from './LobbyRoom.ts';

/** What the admission flow needs of its session. */
export interface AdmissionHost {
  readonly identity: Identity;
  readonly net: Uint8Array;
  readonly me: string;
  record(): NetworkRecord;
  /** The record as stored now: another tab of this browser may have changed it. */
  storedRecord(): Promise<NetworkRecord | undefined>;
  saveRecord(patch: Partial<NetworkRecord>): Promise<void>;
  lobby(): LobbyRoom | null;
  memberRoom(): Room | null;
  memberState(): NetworkState | null;
  /** Settles once the member room is open, if it is opening. */
  memberReady(): Promise<void>;
  write<T extends EntryType>(type: T, body: BodyInput<T>): Promise<WriteResult>;
  writeLocked<R>(task: () => Promise<R>): Promise<R>;
  /** Why there is no member room: closed, or not admitted. */
  noMemberRoom(): SessionProblem;
  /** Saves the room key and opens the member room. */
  enterMemberRoom(epoch: number, secret: string): Promise<void>;
  /** Closes the lobby: a plain member does not need it. */
  leaveLobby(): void;
}

/** Join problems the join status line already tells: no need to say them again. */
export const toldByJoinStatus: ReadonlySet<string> = new Set<SessionProblem>([
  'no-lobby',
  'no-join-details',
  'lobby-not-ready',
  'already-asked',
  'already-admitted',
  'declined-before',
]);

export class Admission {
  private readonly host: AdmissionHost;
  /** A request the person sent is on its way: the automatic one waits. */
  private asking = false;

  constructor(host: AdmissionHost) {
    this.host = host;
  }

  /** A newcomer's join request, sealed to the coordinators the lobby knows. */
  async requestToJoin(details: JoinDetails): Promise<WriteResult> {
    this.asking = true;
    try {
      await this.host.saveRecord({ details });
      return await this.sendJoinIfPossible(true);
    } finally {
      this.asking = false;
    }
  }

  /** A newcomer whose request was set aside (or declined) asks again with the details kept. */
  async askAgain(): Promise<WriteResult> {
    this.asking = true;
    try {
      return await this.sendJoinIfPossible(true);
    } finally {
      this.asking = false;
    }
  }

  /** The kiosk, for someone standing at it without a phone: their join and `met` (kioskSignUp.ts). */
  signUpHere(details: JoinDetails): Promise<WriteResult> {
    return signUpAtKiosk(this.host, details);
  }

  /** Coordinator: admits a newcomer whose join request is in the lobby. */
  async admit(joinId: string): Promise<WriteResult> {
    await this.host.memberReady();
    const lobby = this.host.lobby();
    const member = this.host.memberRoom();
    if (!member) return failed(this.host.noMemberRoom());
    if (!lobby) return failed('no-lobby');
    const join = lobby.room.ledger.get(joinId);
    if (join?.entry.type !== 'join') return failed('unknown-join');
    const key = roomKeyFor(member.ledger.state, this.host.identity, this.host.net);
    if (!key) return failed('no-room-key');
    // The member room needs the join itself: admission refers to it.
    await member.appendForeign(joinId, join.bytes);
    const { boxKey } = join.entry.body as Bodies['join'];
    const result = await this.host.write('admit', {
      member: join.entry.author,
      join: idFromText(joinId),
      welcome: member.ledger.state.network?.welcome ?? 0,
      epoch: key.epoch,
      secret: sealRoomSecret(key.secret, [boxKey], this.host.net, key.epoch),
    });
    if (result.ok) await intoLobby(lobby, result);
    return result;
  }

  /** Coordinator: declines a join request, with an optional kind word for the newcomer only. */
  async decline(joinId: string, noteText: string): Promise<WriteResult> {
    await this.host.memberReady();
    const lobby = this.host.lobby();
    const member = this.host.memberRoom();
    if (!member) return failed(this.host.noMemberRoom());
    if (!lobby) return failed('no-lobby');
    const join = lobby.room.ledger.get(joinId);
    if (join?.entry.type !== 'join') return failed('unknown-join');
    const { boxKey } = join.entry.body as Bodies['join'];
    const text = noteText.trim();
    const note = text ? sealDeclineNote(text, boxKey, this.host.net, join.entry.author) : null;
    await member.appendForeign(joinId, join.bytes);
    const result = await this.host.write('decline', { member: join.entry.author, join: idFromText(joinId), note });
    if (result.ok) await intoLobby(lobby, result);
    return result;
  }

  /**
   * Coordinator: sets aside, in one act, every join request still waiting that claims a time
   * at or before `before` (a flood). A real newcomer among them can ask again.
   */
  async setAside(before: number): Promise<WriteResult> {
    await this.host.memberReady();
    const lobby = this.host.lobby();
    if (!this.host.memberRoom()) return failed(this.host.noMemberRoom());
    if (!lobby) return failed('no-lobby');
    const result = await this.host.write('set-aside', { before });
    if (result.ok) await intoLobby(lobby, result);
    return result;
  }

  /** Newcomer: this device's join as signed, to hand over in person; null until it is written. */
  ownJoin(): Uint8Array | null {
    const id = this.host.record().joinId;
    return (id && this.host.lobby()?.room.ledger.bytesOf(id)) || null;
  }

  /**
   * Entries handed over in person (a join, its admit): into the lobby on this device, checked
   * as any entry from a peer, as if they had come through the lobby. Returns their ids.
   */
  async takeHanded(entries: readonly Uint8Array[]): Promise<string[] | null> {
    const lobby = this.host.lobby();
    if (!lobby) return null;
    const ids: string[] = [];
    for (const bytes of entries) {
      const id = toBase64Url(entryId(bytes));
      try {
        await lobby.room.appendForeign(id, bytes);
      } catch {
        return null;
      }
      ids.push(id);
    }
    return ids;
  }

  /** Coordinator: a join handed over in person, if it is one with its proof of work. */
  handed(joinId: string): { sealed: Bodies['join']['sealed']; author: Uint8Array } | null {
    const lobby = this.host.lobby();
    const held = lobby?.room.ledger.get(joinId);
    if (held?.entry.type !== 'join') return null;
    const body = held.entry.body as Bodies['join'];
    const bits = lobby?.view.genesis?.joinWork ?? 0;
    if (!hasJoinWork(lobby?.room.ledger.networkId ?? '', held.entry.author, body, bits)) return null;
    return { sealed: body.sealed, author: held.entry.author };
  }

  /** The bytes of a join this device holds in the lobby. */
  handedBytes(joinId: string): Uint8Array | null {
    return this.host.lobby()?.room.ledger.bytesOf(joinId) ?? null;
  }

  /** A newcomer's device, after the lobby changed: send a queued join; move in once admitted. */
  async afterLobbyChange(view: LobbyView): Promise<void> {
    if (!this.asking) await this.sendJoinIfPossible();
    const status = view.statusOf(this.host.me);
    if (status.kind !== 'admitted') return;
    const secret = openRoomSecret(status.secret, this.host.identity, this.host.net, status.epoch);
    if (secret) await this.becomeMember(status.epoch, toBase64Url(secret));
  }

  /**
   * A newcomer's profile (from the join details, without the note and contact meant for
   * the coordinator) is published once the member room shows the admission.
   */
  async publishProfileIfDue(): Promise<void> {
    const details = this.host.record().details;
    const me = this.host.memberState()?.members.get(this.host.me);
    if (!details || me?.status !== 'admitted' || me.profile) return;
    const { note: _note, contact: _contact, ...profile } = details;
    const result = await this.host.write('profile', { ...profile, paused: false, perWeek: 0 });
    if (result.ok) await this.host.saveRecord({ details: null });
  }

  private async becomeMember(epoch: number, secret: string): Promise<void> {
    await this.host.enterMemberRoom(epoch, secret);
    const member = this.host.memberRoom();
    const lobby = this.host.lobby();
    if (!member || !lobby) return;
    // Our own join travels into the member room with us: the admission there refers to it.
    for (const { idText, entry } of lobby.room.ledger.entries()) {
      if (toBase64Url(entry.author) === this.host.me) {
        const bytes = lobby.room.ledger.bytesOf(idText);
        if (bytes) await member.appendForeign(idText, bytes);
      }
    }
    await this.publishProfileIfDue();
    this.host.leaveLobby();
  }

  /** Sends the join once the lobby shows the network; asks again after a decline only when told to. */
  private async sendJoinIfPossible(askAgain = false): Promise<WriteResult> {
    const lobby = this.host.lobby();
    const details = this.host.record().details;
    if (!lobby) return failed('no-lobby');
    if (!details) return failed('no-join-details');
    const view = lobby.view;
    if (!view.genesis) return failed('lobby-not-ready');
    const status = view.statusOf(this.host.me);
    if (status.kind === 'pending') return failed('already-asked');
    if (status.kind === 'admitted') return failed('already-admitted');
    if (status.kind === 'declined' && !askAgain) return failed('declined-before');
    const { identity, net } = this.host;
    const work = await joinWorkAt(view, identity, net);
    const askedAs = this.host.record().joinId;
    return this.host.writeLocked(async () => {
      // Another tab of this browser may have sent one while this one waited for the lock.
      const stored = await this.host.storedRecord();
      if (stored && stored.joinId !== askedAs) {
        await this.host.saveRecord({ joinId: stored.joinId });
        return failed('already-asked');
      }
      const made = signJoin(view, identity, net, details, work, lobby.room.ledger.lastOf(this.host.me) ?? null);
      if (!made.ok) return made;
      const signed = made.entry;
      await lobby.room.append(signed);
      const id = toBase64Url(signed.id);
      await this.host.saveRecord({ joinId: id });
      return { ok: true, entry: signed, id };
    });
  }
}

/**
 * A coordinator's answer into the lobby too. The lobby takes it only from a device it knows
 * as a coordinator's (copyIntoLobby brings that in after every change): should it not yet,
 * the answer stands in the member room and is said in the console, not thrown.
 */
async function intoLobby(lobby: LobbyRoom, result: { id: string; entry: { bytes: Uint8Array } }): Promise<void> {
  try {
    await lobby.room.appendForeign(result.id, result.entry.bytes);
  } catch (error) {
    console.warn('the lobby did not take this answer yet:', error);
  }
}
