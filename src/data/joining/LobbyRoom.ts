// The lobby room and what it shows. The view is worked out once per change of the lobby,
// not on every read, and each join's work is hashed once. This device also notes when it
// first received each join (its arrival, even for one dated ahead that is not shown yet): a
// coordinator sees the newest arrivals first, never by the time a sender claims.
import { type LobbyView, lobbyView } from '../../core/lobby.ts';
import type { EntryIdText } from '../../core/state/NetworkState.ts';
import type { Room } from '../../sync/Room.ts';

export type { LobbyView };

/** The lobby as this device shows it: the view, and when each waiting request arrived here. */
export interface LobbyShown extends LobbyView {
  arrivals: ReadonlyMap<EntryIdText, number>;
}

/** Where a device keeps the arrival times, so a reload does not make them all arrive at once. */
export interface ArrivalBook {
  load(): Promise<Map<EntryIdText, number>>;
  add(arrivals: [EntryIdText, number][]): Promise<void>;
}

export class LobbyRoom {
  readonly room: Room;
  private readonly networkId: string;
  private readonly book: ArrivalBook | null;
  private readonly now: () => number;
  private readonly arrivals = new Map<EntryIdText, number>();
  private readonly workOf = new Map<EntryIdText, number>();
  private current: LobbyShown;

  constructor(room: Room, networkId: string, book: ArrivalBook | null = null, now: () => number = Date.now) {
    this.room = room;
    this.networkId = networkId;
    this.book = book;
    this.now = now;
    this.current = this.work();
    // Registered first, so every other listener reads the new view.
    room.onEntries((change) => {
      this.current = this.work(change.accepted);
    });
  }

  /** Reads the arrivals kept before: call before the room opens. */
  async loadArrivals(): Promise<void> {
    if (!this.book) return;
    for (const [id, at] of await this.book.load()) if (!this.arrivals.has(id)) this.arrivals.set(id, at);
    this.current = this.work();
  }

  get view(): LobbyShown {
    return this.current;
  }

  private work(received: readonly EntryIdText[] = []): LobbyShown {
    const now = this.now();
    const fresh: [EntryIdText, number][] = [];
    const arrive = (id: EntryIdText) => {
      if (this.arrivals.has(id)) return;
      this.arrivals.set(id, now);
      fresh.push([id, now]);
    };
    for (const id of received) if (this.room.ledger.get(id)?.entry.type === 'join') arrive(id);
    const view = lobbyView(this.networkId, this.room.ledger.entries(), now, this.workOf);
    for (const request of view.pending) arrive(request.id);
    // Kept in the background: a lost write costs only a later arrival after a reload.
    if (fresh.length && this.book) this.book.add(fresh).catch(() => {});
    return { ...view, arrivals: this.arrivals };
  }
}
