// The steps of a pairing after both screens showed the same check code (src/sync/pairingHandshake.ts):
//
//   new device                               the member's device (or a coordinator's)
//   ── its own public keys ──────────────▶   writes device-add (or move-member) for them
//   ◀────────── the network record ───────   (room and lobby secrets, relays, the member)
//
// The new device keeps the record and opens the member room with its own key; the entry
// the other device wrote tells every device, this one included, whom it writes for.
import {
  encodeHandover,
  encodeNewDevice,
  type NewDeviceKeys,
  readHandover,
  readNewDevice,
} from '../../core/handover.ts';
import type { Identity } from '../../core/Identity.ts';
import type { SecureLink } from '../../sync/pairingHandshake.ts';
import type { NetworkSession } from '../session/NetworkSession.ts';
import type { WriteResult } from '../session/WriteResult.ts';
import { recordFromHandover } from './DeviceCommands.ts';
import type { DeviceDatabase, NetworkRecord } from './DeviceDatabase.ts';

export type { NewDeviceKeys };

/** New device, once its person confirmed the codes: sends its keys, keeps the record it gets back. */
export async function becomeNewDevice(
  link: SecureLink,
  device: DeviceDatabase,
  identity: Identity,
): Promise<NetworkRecord | null> {
  link.send(encodeNewDevice({ device: identity.signing.publicKey, boxKey: identity.box.publicKey }));
  const handover = readHandover(await link.receive());
  if (!handover) return null;
  const record = recordFromHandover(handover, Date.now());
  await device.networks.put(record);
  return record;
}

/** The other side, once its person confirmed the codes: the new device's keys (it sends them after its own confirmation). */
export async function newDeviceKeys(link: SecureLink): Promise<NewDeviceKeys | null> {
  return readNewDevice(await link.receive());
}

/** A member's device: adds the new device and hands it the network. */
export async function addPairedDevice(
  link: SecureLink,
  session: NetworkSession,
  keys: NewDeviceKeys,
  label: string,
): Promise<WriteResult> {
  const result = await session.devices.add(keys, label);
  const handover = session.devices.handover();
  if (result.ok && handover) link.send(encodeHandover(handover));
  return result;
}

/** A coordinator: moves `member` to the new device's key and hands it the network. */
export async function moveToPairedDevice(
  link: SecureLink,
  session: NetworkSession,
  keys: NewDeviceKeys,
  member: string,
  reason: string,
): Promise<WriteResult> {
  const result = await session.devices.move(member, keys, reason);
  const handover = session.devices.handover(member);
  if (result.ok && handover) link.send(encodeHandover(handover));
  return result;
}
