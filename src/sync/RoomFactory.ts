// Makes the rooms of a network, with the storage and network given: IndexedDB and
// y-webrtc in the browser, memory and an in-process hub in tests.
import type { LedgerOptions } from '../core/Ledger.ts';
import type { DocStorage } from './DocStorage.ts';
import { Room } from './Room.ts';
import type { RoomNetwork } from './RoomNetwork.ts';

export interface RoomFactory {
  /** The network's public lobby (join requests and their answers). */
  lobby(networkId: string): Room;
  /** The network's member doc: one doc for every epoch; the network room changes. */
  member(networkId: string): Room;
  /** An earlier epoch's room, where the kiosk keeps listening for devices that missed a rekey. */
  epoch(networkId: string, epoch: number): Room;
}

export function roomFactory(storage: DocStorage, network: RoomNetwork, ledger: LedgerOptions = {}): RoomFactory {
  return {
    lobby: (networkId) =>
      new Room(networkId, `buurtruil-lobby-${networkId}`, storage, network, { ...ledger, rules: false }),
    member: (networkId) => new Room(networkId, `buurtruil-doc-${networkId}`, storage, network, ledger),
    epoch: (networkId, epoch) => new Room(networkId, `buurtruil-epoch-${networkId}-${epoch}`, storage, network, ledger),
  };
}
