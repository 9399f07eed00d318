// Opening this device's current network for a page, and following it as signals: the
// phase, the connection, and named selectors from src/data that are read again whenever
// the session says something changed.
import { type Accessor, createMemo, createSignal, onCleanup } from 'solid-js';
import { deviceDatabase, type NetworkRecord } from '../../data/devices/index.ts';
import type { SessionPhase, SessionView } from '../../data/session/index.ts';
import { NetworkSession, workerVerifier } from '../../data/session/index.ts';
import { browserRooms } from '../../sync/browserRooms.ts';
import { offlineStatus, type SyncStatus } from '../../sync/SyncStatus.ts';
import { signallingUrls } from '../../sync/signallingUrls.ts';

/** One pool of verifying workers for the page, started on first use. */
const verifier = workerVerifier();

export function signallingFor(record: NetworkRecord): string[] {
  return signallingUrls(record.relays, import.meta.env.PUBLIC_BUURTRUIL_RELAY, new URL(location.href));
}

export async function openSession(
  record: NetworkRecord,
  options: { afterFirstView?: boolean } = {},
): Promise<NetworkSession> {
  const identity = await deviceDatabase.ownIdentity();
  const rooms = browserRooms(signallingFor(record), verifier);
  return NetworkSession.open({ device: deviceDatabase, identity, rooms }, record, options);
}

export interface LiveSession {
  phase: Accessor<SessionPhase>;
  status: Accessor<SyncStatus>;
  /**
   * A selector's value, worked out once per change of the session however often it is
   * read (a card per post reads it: recomputing per read made a keystroke cost a scan of
   * the whole state per card).
   */
  select<T>(selector: (view: SessionView) => T): Accessor<T>;
}

/** Signals that follow a session; the session is closed with the component. */
export function followSession(session: NetworkSession): LiveSession {
  const [changes, setChanges] = createSignal(0);
  const [phase, setPhase] = createSignal<SessionPhase>(session.phase);
  const [status, setStatus] = createSignal<SyncStatus>(offlineStatus);
  const stopEvents = session.on((event) => {
    if (event.type === 'phase') setPhase(event.phase);
    setChanges((n) => n + 1);
  });
  const stopStatus = session.onStatus(setStatus);
  onCleanup(() => {
    stopEvents();
    stopStatus();
    session.close();
  });
  return {
    phase,
    status,
    select: (selector) =>
      createMemo(() => {
        changes();
        return selector(session);
      }),
  };
}
