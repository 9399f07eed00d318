// The rooms a page uses: docs kept in IndexedDB, shared over y-webrtc through these relays,
// entries verified in Web Workers, and the page given a turn every few ms of a large
// arrival so it stays responsive.
import type { EntryVerifier } from '../core/entry/EntryVerifier.ts';
import { indexeddbDocStorage } from './indexeddbDocStorage.ts';
import { type RoomFactory, roomFactory } from './RoomFactory.ts';
import { WebrtcRoomNetwork } from './WebrtcRoomNetwork.ts';
import { yieldWhenDue } from './yieldToPage.ts';

export function browserRooms(signalling: string[], verifier?: EntryVerifier): RoomFactory {
  const network = new WebrtcRoomNetwork(signalling);
  return roomFactory(
    indexeddbDocStorage,
    network,
    verifier ? { verifier, pause: yieldWhenDue } : { pause: yieldWhenDue },
  );
}
