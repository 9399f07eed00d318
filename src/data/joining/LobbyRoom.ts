// The lobby room and what it shows. The view is worked out once per change of the lobby,
// not on every read.
import { type LobbyView, lobbyView } from '../../core/lobby.ts';
import type { Room } from '../../sync/Room.ts';

export type { LobbyView };

export class LobbyRoom {
  readonly room: Room;
  private readonly networkId: string;
  private current: LobbyView;

  constructor(room: Room, networkId: string) {
    this.room = room;
    this.networkId = networkId;
    this.current = lobbyView(networkId, room.ledger.entries());
    // Registered first, so every other listener reads the new view.
    room.onEntries(() => {
      this.current = lobbyView(this.networkId, this.room.ledger.entries());
    });
  }

  get view(): LobbyView {
    return this.current;
  }
}
