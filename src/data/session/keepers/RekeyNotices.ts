// How a device that was away finds the network again after a rekey. Each epoch has a
// small notice room (src/core/rooms.ts, rekeyRoomName) whose doc holds rekey entries only.
// A member's device listens in the notice room of its own epoch; coordinators and kiosks,
// who are online most, listen in those of the newest epochs they can open (noticeEpochs:
// each room is a signalling connection of its own) and put each rekey they
// write there. A device that finds a rekey sealed to it, by a coordinator it knows,
// moves to the new member room, where the full history then shows whether it counts.
// A suspended device can enter the notice room of its old epoch, but every box there is
// sealed to others: it learns that the network moved on, and nothing else.
import { idFromText, toBase64Url } from '../../../core/encoding/base64url.ts';
import type { SignedEntry } from '../../../core/entry/Entry.ts';
import type { Identity } from '../../../core/Identity.ts';
import { rekeyRoomName, roomKeysFor } from '../../../core/rooms.ts';
import { openRoomSecret } from '../../../core/sealing.ts';
import { hasRole } from '../../../core/state/membership.ts';
import type { NetworkState } from '../../../core/state/NetworkState.ts';
import type { Room } from '../../../sync/Room.ts';

/**
 * How many epochs' notice rooms a coordinator or kiosk listens in besides its current one.
 * Each room has a signalling connection of its own per relay (src/sync/signallingPerRoom.ts:
 * two rooms on one connection would tie the epochs together for the relay's operator, so a
 * member cut off by a rekey could learn the new rooms from it), and the relay holds at most
 * 128 connections per address: the lobby, the member room and 1 + 8 notice rooms make 11.
 * A device away for more than 8 rekeys is rare; it still finds its own epoch's notice room
 * while any coordinator or kiosk online is in it, and can always be moved in person.
 */
export const olderNoticeRooms = 8;

/** The epochs whose notice rooms to listen in: the current one, then the newest `olderNoticeRooms` of `keys`. */
export function noticeEpochs<T extends { epoch: number }>(current: T | null, keys: readonly T[]): T[] {
  const newest = [...keys]
    .sort((a, b) => b.epoch - a.epoch)
    .filter((key, i, sorted) => key.epoch !== current?.epoch && (i === 0 || sorted[i - 1]?.epoch !== key.epoch))
    .slice(0, olderNoticeRooms);
  return current ? [current, ...newest] : newest;
}

export interface RekeyNoticesHost {
  readonly identity: Identity;
  readonly net: Uint8Array;
  memberState(): NetworkState | null;
  /** The epoch this device is in now, and its secret (base64url). */
  current(): { epoch: number; secret: string | null };
  /** Joins the member room of a newer epoch found here. */
  moveTo(epoch: number, secret: string): Promise<void>;
}

export class RekeyNotices {
  private readonly room: Room;
  private readonly host: RekeyNoticesHost;
  private opened: Promise<unknown> | null = null;
  /** Rekeys already tried, by id: each box is opened once. */
  private readonly tried = new Set<string>();

  constructor(room: Room, host: RekeyNoticesHost) {
    this.room = room;
    this.host = host;
  }

  /** Opens the notices (once) and joins the rooms this device should listen in. */
  async follow(): Promise<void> {
    this.opened ??= this.room.open().then(() => {
      this.room.onEntries(() => void this.lookForNewerEpoch());
    });
    await this.opened;
    this.room.joinAll(this.rooms());
    await this.lookForNewerEpoch();
  }

  /** A coordinator's new rekey entries: into the notices, for whoever was away. */
  async put(entries: readonly SignedEntry[]): Promise<void> {
    await this.opened;
    for (const entry of entries) await this.room.appendForeign(toBase64Url(entry.id), entry.bytes);
    // The new epoch is now one of this device's: listen in its notice room too.
    this.room.joinAll(this.rooms());
  }

  destroy(): void {
    this.room.destroy();
  }

  private rooms(): { name: string; password: string }[] {
    const state = this.host.memberState();
    const member = state?.members.get(
      state.devices.get(toBase64Url(this.host.identity.signing.publicKey))?.member ?? '',
    );
    const carries = hasRole(member, 'coordinator') || hasRole(member, 'kiosk');
    const keys = carries && state ? roomKeysFor(state, this.host.identity, this.host.net) : [];
    const { epoch, secret } = this.host.current();
    const current = secret ? { epoch, secret: idFromText(secret) } : null;
    return noticeEpochs(current, keys).map(({ epoch: e, secret: s }) => ({
      name: rekeyRoomName(s, e),
      password: toBase64Url(s),
    }));
  }

  /** A rekey to a newer epoch, sealed to this device by a coordinator it knows: go there. */
  private async lookForNewerEpoch(): Promise<void> {
    const state = this.host.memberState();
    if (!state) return;
    let best: { epoch: number; secret: Uint8Array } | null = null;
    for (const { idText, entry } of this.room.ledger.entries()) {
      if (entry.type !== 'rekey' || this.tried.has(idText)) continue;
      const { epoch, secret } = entry.body as { epoch: number; secret: Parameters<typeof openRoomSecret>[0] };
      if (epoch <= this.host.current().epoch) continue;
      const writer = state.members.get(state.devices.get(toBase64Url(entry.author))?.member ?? '');
      if (!hasRole(writer, 'coordinator')) continue;
      this.tried.add(idText);
      const opened = openRoomSecret(secret, this.host.identity, this.host.net, epoch);
      if (opened && (!best || epoch > best.epoch)) best = { epoch, secret: opened };
    }
    if (best) await this.host.moveTo(best.epoch, toBase64Url(best.secret));
  }
}
