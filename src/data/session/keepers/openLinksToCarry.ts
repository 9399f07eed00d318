// THE SEAM between the network's state and its link rooms: which links this device carries
// (protocol-links.md §2), each with the room secret opened from its `link` entry. The core
// state of links (which link is open, its sealed secret) is being built (#23); until it is,
// no link is open and this names none. Filled in, it returns, for every link that is open
// in `state`, { link: the link id, peer: the peer network's id, secret: the link room
// secret opened with `identity` (a link whose secret this device cannot open is left out) }.
// Whether this device is an archive device at all is decided by the caller (LinkRoomsKeeper).
import type { Identity } from '../../../core/Identity.ts';
import type { NetworkState } from '../../../core/state/NetworkState.ts';
import type { LinkToCarry } from '../../../sync/links/LinkRooms.ts';

export type OpenLinksOf = (state: NetworkState, identity: Identity, net: Uint8Array) => LinkToCarry[];

export const openLinksToCarry: OpenLinksOf = () => [];
