// Makes the rooms of a network, with the storage and network given: IndexedDB and
// y-webrtc in the browser, memory and an in-process hub in tests. The link rooms' code is
// loaded only when an archive device first carries a link: a member's board never loads it
// (docs/benchmarks.md, figure 7).
import { fromBase64Url } from '../core/encoding/base64url.ts';
import type { LedgerOptions } from '../core/Ledger.ts';
import type { DocStorage } from './DocStorage.ts';
import type { LinkRooms } from './links/LinkRooms.ts';
import { Room } from './Room.ts';
import type { RoomNetwork } from './RoomNetwork.ts';

export interface RoomFactory {
  /**
   * The network's public lobby (join requests and their answers). `invite`: a short tag of
   * the invite's lobby secret; a new invite starts a fresh lobby doc, leaving the old
   * requests (and any flood) behind.
   */
  lobby(networkId: string, invite: string): Room;
  /** The network's member doc: one doc for every epoch; the network room changes. */
  member(networkId: string): Room;
  /** Rekey notices only (sealed new-epoch secrets), shared in the notice rooms of epochs. */
  rekeys(networkId: string): Room;
  /** The link rooms of an archive device, carrying between them and this member room's doc. */
  linkRooms(member: Room): Promise<LinkRooms>;
}

export function roomFactory(storage: DocStorage, network: RoomNetwork, ledger: LedgerOptions = {}): RoomFactory {
  return {
    lobby: (networkId, invite) =>
      new Room(networkId, `buurtruil-lobby-${networkId}-${invite}`, storage, network, { ...ledger, rules: false }),
    // The member doc also keeps the linked networks' entries (its "foreign" map), and sends
    // a new device the newest posts first (newestPostsFrame.ts).
    member: (networkId) =>
      new Room(networkId, `buurtruil-doc-${networkId}`, storage, network, ledger, {
        foreign: true,
        newestFirst: true,
      }),
    rekeys: (networkId) => new Room(networkId, `buurtruil-rekeys-${networkId}`, storage, network, ledger),
    linkRooms: async (member) => {
      const { LinkRooms } = await import('./links/LinkRooms.ts');
      const net = fromBase64Url(member.ledger.networkId);
      if (!net) throw new Error('bad network id');
      // Link room docs are kept in memory only: what crosses is kept in both networks' own docs.
      const { verifier, pause } = ledger;
      return new LinkRooms(
        network,
        { doc: member.sharedDoc, net },
        { ...(verifier && { verifier }), ...(pause && { pause }) },
      );
    },
  };
}
