// The lobby on this device: a newcomer's until admitted; a coordinator's and the kiosk's
// for good, always the lobby of the newest invite they can open (after a new invite, the
// old lobby and its requests, or its flood, stay behind). A device that is no coordinator
// any more tells the lobby who is (while the lobby still trusts it), then leaves it.
import { idFromText, toBase64Url } from '../../../core/encoding/base64url.ts';
import type { Identity } from '../../../core/Identity.ts';
import { lobbyRoomName, lobbySecretFor } from '../../../core/rooms.ts';
import type { NetworkState } from '../../../core/state/NetworkState.ts';
import type { RoomFactory } from '../../../sync/RoomFactory.ts';
import type { DeviceDatabase, NetworkRecord } from '../../devices/DeviceDatabase.ts';
import { arrivalBook } from '../../joining/arrivalBook.ts';
import { LobbyRoom, type LobbyView } from '../../joining/LobbyRoom.ts';
import type { SessionEvents } from '../SessionEvents.ts';

export interface LobbyHost {
  readonly networkId: string;
  readonly identity: Identity;
  readonly net: Uint8Array;
  readonly rooms: RoomFactory;
  readonly device: DeviceDatabase;
  readonly events: SessionEvents;
  record(): NetworkRecord;
  saveRecord(patch: Partial<Omit<NetworkRecord, 'id'>>): Promise<void>;
  closed(): boolean;
  memberState(): NetworkState | null;
  isCoordinator(): boolean;
  /** The newcomer's side of admission reads each new view of the lobby. */
  newcomerSees(view: LobbyView): Promise<void>;
  /** A coordinator keeps in the lobby what newcomers need to know who the coordinators are. */
  copyIntoLobby(): Promise<void>;
  /** The room whose connection the page shows changed. */
  roomsChanged(): void;
  inBackground(task: Promise<unknown>): void;
}

export class LobbyKeeper {
  private readonly host: LobbyHost;
  private current: LobbyRoom | null = null;
  /** The member state whose invites and coordinators the lobby was last brought in line with. */
  private checkedFor: NetworkState | null = null;
  private wasCoordinator = false;

  constructor(host: LobbyHost) {
    this.host = host;
  }

  get lobby(): LobbyRoom | null {
    return this.current;
  }

  async open(): Promise<void> {
    const host = this.host;
    const secret = host.record().lobbySecret;
    if (this.current || !secret || host.closed()) return;
    const name = lobbyRoomName(idFromText(secret));
    // A new invite gets a fresh lobby doc: the old one's requests (or flood) stay behind.
    const room = host.rooms.lobby(host.networkId, name.slice(-8));
    const lobby = new LobbyRoom(room, host.networkId, arrivalBook(host.device, host.networkId));
    this.current = lobby;
    await lobby.loadArrivals();
    lobby.room.onEntries(() => host.inBackground(this.afterChange()));
    await lobby.room.open();
    lobby.room.join({ name, password: secret });
    host.roomsChanged();
    await this.afterChange();
  }

  leave(): void {
    this.current?.room.destroy();
    this.current = null;
    this.host.roomsChanged();
    this.host.events.notify({ type: 'lobby' });
  }

  close(): void {
    this.current?.room.destroy();
  }

  /**
   * After the member room changed: a coordinator's device and the kiosk listen in the lobby
   * of the newest invite they can open; a device that stepped down or was revoked leaves it.
   */
  async keepCurrent(state: NetworkState): Promise<void> {
    if (this.checkedFor === state) return;
    this.checkedFor = state;
    const host = this.host;
    const coordinator = host.isCoordinator();
    const role = host.record().role;
    if (!coordinator && role !== 'kiosk') {
      // The lobby is for coordinators (a newcomer leaves it by itself). A removed coordinator's
      // device stays while the lobby trusts it: it tells the lobby who the coordinators are
      // now as soon as there are any (after a circle of removals, once the members chose one).
      const lobby = this.current;
      if (this.wasCoordinator && lobby && role !== 'newcomer') {
        await host.copyIntoLobby();
        const me = toBase64Url(host.identity.signing.publicKey);
        if ([...lobby.view.roster.set.values()].some((devices) => devices.has(me))) return;
        this.leave();
      }
      this.wasCoordinator = false;
      return;
    }
    this.wasCoordinator = coordinator;
    const newest = lobbySecretFor(state, host.identity, host.net);
    const secret = newest ? toBase64Url(newest) : host.record().lobbySecret;
    if (secret !== host.record().lobbySecret) {
      await host.saveRecord({ lobbySecret: secret });
      this.leave();
    }
    if (!this.current) await this.open();
    if (coordinator) await host.copyIntoLobby();
  }

  private async afterChange(): Promise<void> {
    const host = this.host;
    const lobby = this.current;
    if (!lobby || host.closed()) return;
    const view = lobby.view;
    const { name, area, relays } = host.record();
    const genesis = view.genesis;
    // The genesis names its network and its relays; the invite's relays served only to find it.
    // A member goes by the latest settings instead (followSettings).
    if (
      genesis &&
      !host.memberState()?.network &&
      (name !== genesis.name || area !== genesis.area || !sameList(relays, genesis.relays))
    ) {
      await host.saveRecord({ name: genesis.name, area: genesis.area, relays: genesis.relays });
    }
    if (host.record().role === 'newcomer') await host.newcomerSees(view);
    host.events.notify({ type: 'lobby' });
  }
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
