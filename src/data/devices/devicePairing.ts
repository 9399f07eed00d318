// The steps of a pairing after both screens showed the same check code (src/sync/pairingHandshake.ts):
//
//   new device                               the member's device (or a coordinator's)
//   ── its own public keys ──────────────▶
//   ◀──────────── the claim ──────────────   adding a device: the network and the member
//   ── its proof (it signs the claim) ───▶   writes device-add with the proof
//                                            (a coordinator moving a member: move-member)
//   ◀────────── the network record ───────   (room and lobby secrets, relays, the member)
//
// The new device keeps the record and opens the member room with its own key; the entry
// the other device wrote tells every device, this one included, whom it writes for.
import { signDeviceProof } from '../../core/deviceProof.ts';
import { equalBytes } from '../../core/encoding/canonical.ts';
import {
  encodeClaim,
  encodeHandover,
  encodeNewDevice,
  encodeProof,
  type NewDeviceKeys,
  readClaim,
  readHandover,
  readNewDevice,
  readProof,
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
  let message = await link.receive();
  // Being added to a member (not moved by a coordinator): sign that this device writes for them.
  const claim = readClaim(message);
  if (claim) {
    link.send(encodeProof(signDeviceProof(identity, claim.net, claim.member)));
    message = await link.receive();
  }
  const handover = readHandover(message);
  if (!handover) return null;
  // The record is of the network and the member this device signed for, or it is not kept.
  if (claim && !(equalBytes(claim.net, handover.net) && equalBytes(claim.member, handover.member))) return null;
  const record = recordFromHandover(handover, Date.now());
  await device.networks.put(record);
  return record;
}

/** The other side, once its person confirmed the codes: the new device's keys (it sends them after its own confirmation). */
export async function newDeviceKeys(link: SecureLink): Promise<NewDeviceKeys | null> {
  return readNewDevice(await link.receive());
}

/** A member's device: has the new device sign the claim, adds it with that proof, and hands it the network. */
export async function addPairedDevice(
  link: SecureLink,
  session: NetworkSession,
  keys: NewDeviceKeys,
  label: string,
): Promise<WriteResult> {
  link.send(encodeClaim(session.devices.claim()));
  const proof = readProof(await link.receive());
  if (!proof) return { ok: false, problem: 'rule', rule: 'bad-proof' };
  const result = await session.devices.add(keys, label, proof);
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
