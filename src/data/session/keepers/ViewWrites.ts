// How the member room's changes reach the Dexie view (NetworkProjection), and whether the
// view is known complete: every row the ledger makes written. A full disk keeps rows from
// being written (the next change writes the whole view again); changes wait unprojected
// while a device handed a checkpoint waits for its start (`behind`). Letting go of the
// history below a checkpoint decides what to keep from the view's rows (letGoBelow.ts):
// only while the view is known complete.
import type { NetworkProjection, ProjectionChange } from '../../store/NetworkProjection.ts';
import type { SessionEvents } from '../SessionEvents.ts';
import { isQuotaError } from '../storageErrors.ts';

export class ViewWrites {
  private readonly events: SessionEvents;
  /** Changes went unprojected while waiting for the recorded checkpoint: the next projection writes all. */
  behind = false;
  /** The last projection of this session was written whole. */
  private written = false;
  /** The whole view was compared with the ledger and written in this session (at opening, or after a wait). */
  private reconciled = false;

  constructor(events: SessionEvents) {
    this.events = events;
  }

  /** Every row the ledger made so far is in the view: the last write went through, and none is waiting. */
  get complete(): boolean {
    return this.reconciled && this.written && !this.behind && !this.events.integrity.storageFull;
  }

  /** Writes a change into the view (all of it after a full disk or a wait); false on a full disk. */
  async project(projection: NetworkProjection, change: ProjectionChange): Promise<boolean> {
    const events = this.events;
    try {
      if (events.integrity.storageFull || this.behind) {
        await projection.reconcile();
        this.reconciled = true;
      } else await projection.update(change);
      this.behind = false;
    } catch (error) {
      this.written = false;
      if (!isQuotaError(error)) throw error;
      events.setStorageFull(true);
      return false;
    }
    this.written = true;
    events.setStorageFull(false);
    return true;
  }

  /** The whole view written again (at opening, after an import). */
  async reconcile(projection: NetworkProjection): Promise<void> {
    this.written = false;
    await projection.reconcile();
    this.written = true;
    this.reconciled = true;
  }
}
