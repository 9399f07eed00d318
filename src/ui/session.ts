// Opening this device's current network for a page, and following its changes as signals.
import { type Accessor, createSignal, onCleanup } from 'solid-js';
import { deviceDatabase, type NetworkRecord } from '../data/DeviceDatabase.ts';
import { NetworkSession } from '../data/NetworkSession.ts';
import { offlineStatus, type SyncStatus } from '../sync/SyncedDoc.ts';
import { signallingUrls } from '../sync/signallingUrls.ts';

export function signallingFor(record: NetworkRecord): string[] {
  return signallingUrls(record.relays, import.meta.env.PUBLIC_BUURTRUIL_RELAY, new URL(location.href));
}

export async function openSession(
  record: NetworkRecord,
  options: { afterFirstView?: boolean } = {},
): Promise<NetworkSession> {
  const identity = await deviceDatabase.ownIdentity();
  return NetworkSession.open(deviceDatabase, record, identity, signallingFor(record), options);
}

export interface LiveSession {
  /** Changes whenever the session's state does; read it to follow the state. */
  version: Accessor<number>;
  status: Accessor<SyncStatus>;
}

/** Signals that follow a session; the session is closed with the component. */
export function followSession(session: NetworkSession): LiveSession {
  const [version, setVersion] = createSignal(0);
  const [status, setStatus] = createSignal<SyncStatus>(offlineStatus);
  const stopChange = session.onChange(() => setVersion((v) => v + 1));
  const stopStatus = session.onStatus(setStatus);
  onCleanup(() => {
    stopChange();
    stopStatus();
    session.close();
  });
  return { version, status };
}
