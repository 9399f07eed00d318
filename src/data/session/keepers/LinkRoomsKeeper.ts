// The link rooms of this network on an archive device: a coordinator's or the kiosk's device
// carries between the member doc and the room of every open link (protocol-links.md §2).
// Members never open a link room. After each change of the member room it is told the
// state, and joins or leaves rooms to match; the session closes it before the member room.
// The link rooms' code loads with the first link to carry (RoomFactory.linkRooms).
import { toBase64Url } from '../../../core/encoding/base64url.ts';
import type { Identity } from '../../../core/Identity.ts';
import { hasRole } from '../../../core/state/membership.ts';
import type { NetworkState } from '../../../core/state/NetworkState.ts';
import type { LinkRooms } from '../../../sync/links/LinkRooms.ts';
import type { Room } from '../../../sync/Room.ts';
import type { RoomFactory } from '../../../sync/RoomFactory.ts';
import { type LinkSecretOpener, openLinksToCarry } from './openLinksToCarry.ts';

export interface LinkRoomsHost {
  readonly identity: Identity;
  readonly rooms: RoomFactory;
  /** The member room, once it is open; its doc is where foreign entries are kept. */
  memberRoom(): Room | null;
  closed(): boolean;
  /** Opens a link's room secret for this device (the seam, openLinksToCarry.ts). */
  openLinkSecret: LinkSecretOpener;
}

export class LinkRoomsKeeper {
  private readonly host: LinkRoomsHost;
  /** The link rooms once loaded and made; `opening` until then (null: none made yet). */
  private rooms: LinkRooms | null = null;
  private opening: Promise<LinkRooms | null> | null = null;
  private shut = false;

  constructor(host: LinkRoomsHost) {
    this.host = host;
  }

  /** Carries the links of `state` (openLinksToCarry.ts) if this is an archive device; none otherwise. */
  follow(state: NetworkState): void {
    const host = this.host;
    const member = host.memberRoom();
    if (!member || host.closed()) return;
    const links = isArchiveDevice(state, host.identity) ? openLinksToCarry(state, host.openLinkSecret) : [];
    // No link room is made (nor any doc observed) until there is a link to carry.
    if (links.length === 0 && !this.opening) return;
    this.opening ??= host.rooms.linkRooms(member).then((rooms) => {
      if (this.shut) {
        rooms.close();
        return null;
      }
      this.rooms = rooms;
      return rooms;
    });
    // In the order called: the last state's links are the ones followed.
    void this.opening.then((rooms) => rooms?.follow(links));
  }

  /** The links carried now (base64url link ids); none until the link rooms are made (settled()). */
  carrying(): string[] {
    return this.rooms?.carrying() ?? [];
  }

  /** Settles once the link rooms are made and what they noticed so far has been carried. */
  async settled(): Promise<void> {
    const rooms = await this.opening;
    await rooms?.settled();
  }

  close(): void {
    this.shut = true;
    this.rooms?.close();
    this.rooms = null;
  }
}

/** A device of an admitted coordinator or kiosk: the devices a link's roster names. */
export function isArchiveDevice(state: NetworkState, identity: Identity): boolean {
  const device = state.devices.get(toBase64Url(identity.signing.publicKey));
  if (!device || device.removed) return false;
  const member = state.members.get(device.member);
  return hasRole(member, 'coordinator') || hasRole(member, 'kiosk');
}
