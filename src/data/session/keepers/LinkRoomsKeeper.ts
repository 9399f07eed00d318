// The link rooms of this network on an archive device: a coordinator's or the kiosk's device
// carries between the member doc and the room of every open link (protocol-links.md §2).
// Members never open a link room. After each change of the member room it is told the
// state, and joins or leaves rooms to match; the session closes it before the member room.
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
  private rooms: LinkRooms | null = null;

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
    if (links.length === 0 && !this.rooms) return;
    this.rooms ??= host.rooms.linkRooms(member);
    this.rooms.follow(links);
  }

  /** The links carried now (base64url link ids). */
  carrying(): string[] {
    return this.rooms?.carrying() ?? [];
  }

  /** Settles once what the link rooms noticed so far has been carried. */
  settled(): Promise<void> {
    return this.rooms?.settled() ?? Promise.resolve();
  }

  close(): void {
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
