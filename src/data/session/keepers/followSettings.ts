// A follow-up after each change of the member room: the network's name, area and relays
// as the latest settings say, kept in this device's record (used from the next start).
import type { NetworkState } from '../../../core/state/NetworkState.ts';
import type { NetworkRecord } from '../../devices/DeviceDatabase.ts';
import { sameList } from './LobbyKeeper.ts';

export async function followSettings(
  state: NetworkState,
  record: NetworkRecord,
  saveRecord: (patch: Partial<Omit<NetworkRecord, 'id'>>) => Promise<void>,
): Promise<void> {
  const settings = state.network;
  if (!settings) return;
  const { name, area, relays } = record;
  if (name === settings.name && area === settings.area && sameList(relays, settings.relays)) return;
  await saveRecord({ name: settings.name, area: settings.area, relays: settings.relays });
}
