// The rooms a page uses: docs kept in IndexedDB, shared over y-webrtc through these relays.
import { indexeddbDocStorage } from './indexeddbDocStorage.ts';
import { type RoomFactory, roomFactory } from './RoomFactory.ts';
import { WebrtcRoomNetwork } from './WebrtcRoomNetwork.ts';

export function browserRooms(signalling: string[]): RoomFactory {
  return roomFactory(indexeddbDocStorage, new WebrtcRoomNetwork(signalling));
}
