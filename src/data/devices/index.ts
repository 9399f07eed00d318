// The public face of src/data/devices: what pages, other domains and tests use of it.
// A lazy load (import('...')) names its file instead, so a page loads only what it shows.
export { DeviceCommands } from './DeviceCommands.ts';
export type { NetworkRecord, ReadMark } from './DeviceDatabase.ts';
export { DeviceDatabase, deviceDatabase } from './DeviceDatabase.ts';
export type { NewDeviceKeys } from './devicePairing.ts';
export { addPairedDevice, becomeNewDevice, moveToPairedDevice, newDeviceKeys } from './devicePairing.ts';
export { deviceRetired, myDevices } from './deviceSelectors.ts';
export { movableMembers } from './moveSelectors.ts';
export { liveDeviceKeys, namedHeads } from './namedHeads.ts';
export { makeRecovery, restoreRecovery } from './recovery.ts';
