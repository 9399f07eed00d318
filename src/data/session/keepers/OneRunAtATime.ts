// A keeper's runs after changes of the member room: one at a time; a change during a run
// makes one more run after it, on the state then (not one run per change).
import type { NetworkState } from '../../../core/state/NetworkState.ts';

export class OneRunAtATime {
  private running: Promise<void> | null = null;
  private again = false;
  private readonly step: (state: NetworkState) => Promise<void>;
  /** The state now, for the run after a change. */
  private readonly latest: () => NetworkState | null;
  /** The session closed: no more runs. */
  private readonly closed: () => boolean;

  constructor(step: (state: NetworkState) => Promise<void>, latest: () => NetworkState | null, closed: () => boolean) {
    this.step = step;
    this.latest = latest;
    this.closed = closed;
  }

  /** Runs the step on `state`; a run already going runs once more after it. */
  follow(state: NetworkState): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run(state).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Settles when no run is going. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private async run(first: NetworkState): Promise<void> {
    let state: NetworkState | null = first;
    while (state && !this.closed()) {
      this.again = false;
      await this.step(state);
      state = this.again ? this.latest() : null;
    }
  }
}
