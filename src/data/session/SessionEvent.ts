// What a session tells its listeners, typed by what changed.
import type { NetworkRecord } from '../devices/DeviceDatabase.ts';
import type { SessionPhase } from './SessionPhase.ts';

export interface Integrity {
  /** Forged or broken entries kept out. */
  refused: number;
  /** Entries a peer removed or changed, put back. */
  restored: number;
  /** The device is full: what arrives is verified and held, but cannot be kept until there is room. */
  storageFull: boolean;
}

export type SessionEvent =
  | { type: 'phase'; phase: SessionPhase; previous: SessionPhase }
  /** The member room's verified state (and the Dexie view) changed. */
  | { type: 'member-state'; entries: number }
  /** The lobby's view changed (a join request, an answer, the genesis). */
  | { type: 'lobby' }
  /** This device's record of the network was saved. */
  | { type: 'record'; record: NetworkRecord }
  | { type: 'integrity'; integrity: Integrity };
