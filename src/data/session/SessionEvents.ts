// What a session tells its listeners: its events (the phase among them), the sync status
// of the room it is in, the post rows the view writes, and the counts of what was kept out
// or put back (integrity), so the page can say it plainly.
import type { LogChange } from '../../core/adapters/yjsEntryLog.ts';
import type { Ledger } from '../../core/Ledger.ts';
import { waitingRejections } from '../../core/state/Rejection.ts';
import type { Room } from '../../sync/Room.ts';
import { offlineStatus, type SyncStatus } from '../../sync/SyncStatus.ts';
import type { PostRowsWritten } from '../store/NetworkProjection.ts';
import type { PostRow } from '../store/tableRows.ts';
import type { Integrity, SessionEvent } from './SessionEvent.ts';
import type { SessionPhase } from './SessionPhase.ts';

export class SessionEvents {
  readonly integrity: Integrity = { refused: 0, restored: 0, storageFull: false };
  private readonly listeners = new Set<(event: SessionEvent) => void>();
  private readonly statusListeners = new Set<(status: SyncStatus) => void>();
  private readonly postListeners = new Set<(written: PostRowsWritten) => void>();
  private readonly checkingListeners = new Set<(rows: readonly PostRow[]) => void>();
  private checking: readonly PostRow[] = [];
  private stopStatus: (() => void) | null = null;
  private watched: Room | null = null;
  private currentPhase: SessionPhase = 'closed';
  private readonly phaseNow: () => SessionPhase;

  /** `phaseNow` works out the session's phase; every event checks whether it changed. */
  constructor(phaseNow: () => SessionPhase) {
    this.phaseNow = phaseNow;
  }

  /** The parts are wired: the phase can be worked out from now on. */
  begin(): void {
    this.currentPhase = this.phaseNow();
  }

  get phase(): SessionPhase {
    return this.currentPhase;
  }

  on(listener: (event: SessionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onPostRows(listener: (written: PostRowsWritten) => void): () => void {
    this.postListeners.add(listener);
    return () => this.postListeners.delete(listener);
  }

  /** Posts shown while still being checked (PostsBeingChecked.ts): told now, and on every change. */
  onCheckingPosts(listener: (rows: readonly PostRow[]) => void): () => void {
    this.checkingListeners.add(listener);
    listener(this.checking);
    return () => this.checkingListeners.delete(listener);
  }

  onStatus(listener: (status: SyncStatus) => void): () => void {
    this.statusListeners.add(listener);
    listener(this.watched?.status() ?? offlineStatus);
    return () => this.statusListeners.delete(listener);
  }

  postRows(written: PostRowsWritten): void {
    for (const listener of this.postListeners) listener(written);
  }

  checkingPosts(rows: readonly PostRow[]): void {
    this.checking = rows;
    for (const listener of this.checkingListeners) listener(rows);
  }

  notify(event: SessionEvent): void {
    for (const listener of this.listeners) listener(event);
    this.updatePhase();
  }

  updatePhase(): void {
    const phase = this.phaseNow();
    if (phase === this.currentPhase) return;
    const previous = this.currentPhase;
    this.currentPhase = phase;
    for (const listener of this.listeners) listener({ type: 'phase', phase, previous });
  }

  /** The room whose connection the page shows: the member room once there is one, else the lobby. */
  watch(room: Room | null): void {
    this.stopStatus?.();
    this.watched = room;
    this.stopStatus = room
      ? room.onStatus((status) => {
          for (const listener of this.statusListeners) listener(status);
        })
      : null;
  }

  /** Counts what a change kept out (forged, broken) or put back (deleted by a peer). */
  countChange(ledger: Ledger, change: LogChange): void {
    const broken = change.accepted.filter((id) => {
      const reason = ledger.state.rejected.get(id)?.reason;
      return reason !== undefined && !waitingRejections.has(reason);
    });
    const refused = change.refused.length + broken.length;
    if (refused + change.restored.length === 0) return;
    this.integrity.refused += refused;
    this.integrity.restored += change.restored.length;
    this.notify({ type: 'integrity', integrity: { ...this.integrity } });
  }

  countRestored(count: number): void {
    if (count === 0) return;
    this.integrity.restored += count;
    this.notify({ type: 'integrity', integrity: { ...this.integrity } });
  }

  setStorageFull(full: boolean): void {
    if (this.integrity.storageFull === full) return;
    this.integrity.storageFull = full;
    this.notify({ type: 'integrity', integrity: { ...this.integrity } });
  }

  /** The session closed: tell the last phase, then nobody any more. */
  close(): void {
    this.stopStatus?.();
    this.updatePhase();
    this.listeners.clear();
    this.statusListeners.clear();
    this.postListeners.clear();
    this.checkingListeners.clear();
  }
}
