// The kiosk's side of being set up: the grant that came over the paired connection becomes
// this device's record of the network, as the kiosk.
import type { DeviceDatabase, NetworkRecord } from '../devices/DeviceDatabase.ts';
import type { KioskGrant } from './KioskCommands.ts';

export async function becomeKiosk(device: DeviceDatabase, grant: KioskGrant): Promise<NetworkRecord> {
  const record: NetworkRecord = {
    ...grant,
    role: 'kiosk',
    details: null,
    joinId: null,
    opened: Date.now(),
  };
  await device.networks.put(record);
  return record;
}
