// When each join request first arrived at this device, kept in the device's own database:
// the coordinator's list goes newest first by arrival (never by the time a sender claims),
// and a reload must not make every request arrive at once.
import type { EntryIdText } from '../../core/state/NetworkState.ts';
import type { DeviceDatabase } from '../devices/DeviceDatabase.ts';
import type { ArrivalBook } from './LobbyRoom.ts';

export function arrivalBook(device: DeviceDatabase, network: string): ArrivalBook {
  const arrivals = device.arrivals;
  return {
    load: async () => {
      const rows = await arrivals.where('network').equals(network).toArray();
      return new Map(rows.map((row) => [row.key.slice(network.length + 1) as EntryIdText, row.at]));
    },
    add: async (fresh) => {
      await arrivals.bulkPut(fresh.map(([id, at]) => ({ key: `${network} ${id}`, network, at })));
    },
  };
}
