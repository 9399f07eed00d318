// The member room's history in parts on this device (docs/protocol.md §7.1): which network
// rooms its docs are shared in, the move to the part after a checkpoint that counts, and
// copying forward what still arrives in an older doc.
import type { PagesByKey } from '../../../core/checkpoint/pages.ts';
import { idFromText } from '../../../core/encoding/base64url.ts';
import type { Identity } from '../../../core/Identity.ts';
import { memberRoomName, partRoomName } from '../../../core/rooms.ts';
import type { NetworkState, VerifiedEntry } from '../../../core/state/NetworkState.ts';
import type { Room } from '../../../sync/Room.ts';
import type { ProjectionChange } from '../../store/NetworkProjection.ts';
import { isArchiveDevice } from './LinkRoomsKeeper.ts';

export class MemberRoomParts {
  private readonly identity: Identity;
  /** Which entries the part written to holds, once this device moved on to one. */
  private inPart: ((item: VerifiedEntry) => boolean) | null = null;
  /**
   * An archive device (a coordinator's, the kiosk) keeps the first doc and the part before the
   * newest too. Unknown until the docs are first shared, then read from the state loaded.
   */
  private archive: boolean | null = null;

  constructor(identity: Identity) {
    this.identity = identity;
  }

  /**
   * Shares the docs in their network rooms: the first doc until the device takes a
   * checkpoint, then the part after the newest one it took; an archive device is in the
   * rooms of the first doc and the newest two parts.
   */
  share(room: Room, epoch: number, secret: string | null | undefined): void {
    if (!secret) return;
    const key = idFromText(secret);
    // Known at once from what was loaded: an archive device never leaves the first doc's room on opening.
    this.archive ??= isArchiveDevice(room.ledger.state, this.identity);
    const parts = room.partNames;
    const newest = parts.at(-1);
    const home = !newest || this.archive;
    room.joinAll(home ? [{ name: memberRoomName(key, epoch), password: secret }] : []);
    const listened = this.archive ? parts.slice(-2) : newest ? [newest] : [];
    for (const part of parts)
      room.joinPart(
        part,
        listened.includes(part) ? [{ name: partRoomName(key, epoch, idFromText(part)), password: secret }] : [],
      );
  }

  /**
   * A checkpoint counts: open the part after it and write there from now on, with a copy of
   * every entry it holds (`holds`), the checkpoint's pages and the foreign entries. Nothing
   * leaves the docs before: entries are only ever copied forward. False when closed meanwhile.
   */
  async moveOn(
    room: Room,
    summary: string,
    holds: (item: VerifiedEntry) => boolean,
    pages: PagesByKey,
    closed: () => boolean,
  ): Promise<boolean> {
    await room.openPart(summary);
    if (closed()) return false;
    this.inPart = holds;
    room.summaryPages.putUnder(pages);
    const ids: string[] = [];
    for (const item of room.ledger.entries()) if (holds(item) && !room.writingHolds(item.idText)) ids.push(item.idText);
    await room.carry(ids, { foreign: true });
    return true;
  }

  /**
   * After a move to a part, what arrives in an older doc (from a device that has not moved
   * yet) is copied into the part where it belongs: an archive device is in both rooms. True
   * when becoming (or ceasing to be) an archive device changes the rooms the docs are shared in.
   */
  async carryForward(room: Room, state: NetworkState, change: ProjectionChange): Promise<boolean> {
    const archive = isArchiveDevice(state, this.identity);
    const changed = archive !== this.archive;
    this.archive = archive;
    const inPart = this.inPart;
    if (!inPart) return changed;
    const ids = change.accepted.filter((id) => {
      const item = room.ledger.get(id);
      return item !== undefined && inPart(item) && !room.writingHolds(id);
    });
    if (ids.length > 0 || change.rebuilt) await room.carry(ids, { foreign: change.rebuilt });
    return changed;
  }
}
