// What the selectors read of a session: one read-only shape, so a selector is a plain
// function that a test can feed without opening any room.
import type { Identity } from '../../core/Identity.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';
import type { NetworkRecord } from '../devices/DeviceDatabase.ts';
import type { LobbyShown } from '../joining/LobbyRoom.ts';
import type { Integrity } from './SessionEvent.ts';
import type { SessionPhase } from './SessionPhase.ts';

export interface SessionView {
  readonly me: string;
  /** The member this device writes for (`me` is the device's own key). */
  readonly memberKey: string;
  readonly identity: Identity;
  readonly net: Uint8Array;
  readonly phase: SessionPhase;
  readonly record: NetworkRecord;
  /** The member room's verified state; null while this device holds no member room. */
  readonly memberState: NetworkState | null;
  /** What the lobby shows; null while the lobby is not open on this device. */
  readonly lobbyView: LobbyShown | null;
  readonly integrity: Integrity;
}
