// What a device that shows a checkpoint's history shows (withHistory.ts): the ledger's state
// judged across the checkpoint, with derive(F) beside it; made once per pair of the two.
import { withHistory } from '../../../core/checkpoint/withHistory.ts';
import type { NetworkState } from '../../../core/state/NetworkState.ts';

export class ShownWithHistory {
  private history: NetworkState | null = null;
  private cache: { judged: NetworkState; history: NetworkState; shown: NetworkState } | null = null;

  /** The state to show for the ledger's `judged`. */
  shown(judged: NetworkState | null): NetworkState | null {
    const history = this.history;
    if (!judged || !history) return judged;
    if (this.cache?.judged !== judged || this.cache.history !== history)
      this.cache = { judged, history, shown: withHistory(history, judged) };
    return this.cache.shown;
  }

  /** derive(F) of the checkpoint the ledger derives across, or null for none; true when it changed. */
  set(history: NetworkState | null): boolean {
    if (history === this.history) return false;
    this.history = history;
    return true;
  }
}
