// A device that receives much of the log at once (a new device: a year in one sync) shows
// the newest posts of it while the rest is checked: docs/protocol.md §3.5, "being checked".
// They go to the board alone, as rows marked so, never into the view, the ledger or
// anything this device writes; once the ledger took what arrived and the view holds its
// rows, they are dropped (a post the ledger or the rules refused is then simply gone).
// A new device also shows the newest posts a peer sent it before the doc (newestPostsFrame.ts),
// checked the same way; they stay until the ledger has taken the doc of the first sync.
import { toBase64Url } from '../../../core/encoding/base64url.ts';
import { entryId } from '../../../core/entry/Entry.ts';
import type { PostBeingChecked } from '../../../core/entry/postsBeingChecked.ts';
import type { Room } from '../../../sync/Room.ts';
import type { PostRow } from '../../store/tableRows.ts';

/** Fewer new entries than this are judged and projected soon enough: no need to show any early. */
const worthShowingEarly = 200;
/** Enough to fill the first screen of both columns of the board. */
const postsShown = 40;

export class PostsBeingChecked {
  private readonly show: (rows: readonly PostRow[]) => void;
  /** How many large arrivals there were, and up to which one the ledger and view have taken. */
  private arrivals = 0;
  private taken = 0;
  private shown: { row: PostRow; arrival: number }[] = [];
  private readonly room: Room;
  /**
   * The arrival a peer's newest posts (sent before the doc) go with: none until a peer has
   * sent the whole doc and the ledger has read it; they are dropped once it is taken.
   */
  private newestGoWith = Number.POSITIVE_INFINITY;

  constructor(room: Room, show: (rows: readonly PostRow[]) => void) {
    this.show = show;
    this.room = room;
    room.onNewestPosts((entries) => this.newest(entries));
    room.onSynced(() => {
      // Once the ledger has read what the doc brought so far, that is what they wait for.
      room.settled().then(
        () => this.newestSynced(),
        (error: unknown) => console.error(error),
      );
    });
    room.onArriving((fresh) => {
      if (fresh.length < worthShowingEarly) return;
      const arrival = ++this.arrivals;
      // For measuring: when a large part of the log arrived, applied to the doc (benchmarks read it).
      performance.mark('buurtruil:arrived', { detail: { entries: fresh.length } });
      room.ledger.postsBeingChecked(fresh, postsShown).then(
        (posts) => this.checked(arrival, posts),
        (error: unknown) => console.error(error),
      );
    });
  }

  /** The arrivals so far: what the ledger has taken once its next change is told. */
  get arrivalsSoFar(): number {
    return this.arrivals;
  }

  /** The ledger took the arrivals up to `arrival` and the view holds their rows: they are checked. */
  settle(arrival: number): void {
    this.taken = Math.max(this.taken, arrival);
    if (this.shown.length === 0) return;
    // The ledger holds these now, or refused them; a later arrival's stay until it is taken too.
    this.shown = this.shown.filter((one) => one.arrival > this.taken);
    this.show(this.shown.map(({ row }) => row));
  }

  /** A peer sent these first (newestPostsFrame.ts): shown as any arrival's, if this device is still new. */
  private newest(entries: readonly Uint8Array[]): void {
    // A device that holds the log, or has taken a large arrival, has no use for them.
    if (this.taken > 0 || this.newestGoWith !== Number.POSITIVE_INFINITY) return;
    if (this.room.ledger.size >= worthShowingEarly) return;
    const pairs = entries.map((bytes) => [toBase64Url(entryId(bytes)), bytes] as const);
    this.room.ledger.postsBeingChecked(pairs, postsShown).then(
      (posts) => {
        // For measuring: when a peer's newest posts were checked (benchmarks read it).
        performance.mark('buurtruil:newest-posts', { detail: { posts: posts.length } });
        this.checked(this.newestGoWith, posts);
      },
      (error: unknown) => console.error(error),
    );
  }

  /** The first sync is in and read: the newest posts go with the arrivals so far. */
  private newestSynced(): void {
    if (this.newestGoWith !== Number.POSITIVE_INFINITY) return;
    this.newestGoWith = this.arrivals;
    for (const one of this.shown) if (one.arrival === Number.POSITIVE_INFINITY) one.arrival = this.arrivals;
    // Taken already (the view caught up first): drop them now.
    if (this.taken >= this.arrivals) this.settle(this.taken);
  }

  private checked(arrival: number, posts: PostBeingChecked[]): void {
    // The ledger and the view were quicker: the rows are on the board already, or refused.
    if (arrival <= this.taken || posts.length === 0) return;
    // (The ledger may hold some already; until the view holds their rows, they show as being checked.)
    const fresh = posts.map((post) => ({ row: rowOf(post), arrival }));
    const known = new Set(fresh.map(({ row }) => row.id));
    this.shown = [...fresh, ...this.shown.filter(({ row }) => !known.has(row.id))];
    performance.mark('buurtruil:being-checked', { detail: { posts: this.shown.length } });
    this.show(this.shown.map(({ row }) => row));
  }
}

/** A board row for a post still being checked: as the post reads, not yet as the rules judge it. */
function rowOf({ id, entry }: PostBeingChecked): PostRow {
  return {
    ...entry.body,
    id,
    author: toBase64Url(entry.author),
    via: entry.via ? toBase64Url(entry.via) : null,
    created: entry.time,
    updated: entry.time,
    status: 'open',
    hiddenReason: null,
  };
}
