// A member's devices: adding one after pairing (device-add), retiring one (device-remove),
// and a coordinator moving a member who lost every device to a new key (move-member). And
// what one device hands another over a pairing link: the network record, secrets included.

import { deviceProofHolds } from '../../core/deviceProof.ts';
import { idFromText, toBase64Url } from '../../core/encoding/base64url.ts';
import type { EntryType } from '../../core/entry/bodies.ts';
import type { DeviceClaim, NetworkHandover, NewDeviceKeys } from '../../core/handover.ts';
import type { BodyInput } from '../../core/Ledger.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';
import { failed, type SessionProblem, type WriteResult } from '../session/WriteResult.ts';
import type { NetworkRecord } from './DeviceDatabase.ts';
import { liveDeviceKeys, namedHeads } from './namedHeads.ts';

/** What the device commands need of their session. */
export interface DeviceHost {
  memberState(): NetworkState | null;
  memberKey(): string;
  record(): NetworkRecord;
  noMemberRoom(): SessionProblem;
  write<T extends EntryType>(type: T, body: BodyInput<T>): Promise<WriteResult>;
}

export class DeviceCommands {
  private readonly host: DeviceHost;

  constructor(host: DeviceHost) {
    this.host = host;
  }

  /** What a new device signs before it is added: this network, and the member it will write for. */
  claim(): DeviceClaim {
    return { net: idFromText(this.host.record().id), member: idFromText(this.host.memberKey()) };
  }

  /**
   * After pairing: the new device's key becomes one of this member's devices. `proof`: the
   * new device's signature of claim() (src/core/deviceProof.ts); one that does not hold is
   * not written (every device would refuse the entry).
   */
  add(keys: NewDeviceKeys, label: string, proof: Uint8Array): Promise<WriteResult> {
    const { net, member } = this.claim();
    if (!deviceProofHolds(net, member, keys.device, proof)) {
      return Promise.resolve({ ok: false, problem: 'rule', rule: 'bad-proof' });
    }
    return this.host.write('device-add', { device: keys.device, boxKey: keys.boxKey, label: label.trim(), proof });
  }

  /** Retires one of this member's devices; what it wrote up to now (every branch) keeps counting. */
  async remove(device: string): Promise<WriteResult> {
    const state = this.host.memberState();
    if (!state) return failed(this.host.noMemberRoom());
    const cut = await namedHeads(state, [device], this.host);
    if (!cut.ok) return cut;
    return this.host.write('device-remove', { device: idFromText(device), cut: cut.ids });
  }

  /**
   * Coordinator, after meeting the member: `member` moves to the key of the device that
   * showed the pairing code. Every old device stops after what this device has seen of it.
   */
  async move(member: string, keys: NewDeviceKeys, reason: string): Promise<WriteResult> {
    const state = this.host.memberState();
    if (!state) return failed(this.host.noMemberRoom());
    const known = state.members.get(member);
    if (!known) return { ok: false, problem: 'rule', rule: 'unknown-member' };
    const cut = await namedHeads(state, liveDeviceKeys(state, known.devices), this.host);
    if (!cut.ok) return cut;
    return this.host.write('move-member', {
      member: idFromText(member),
      device: keys.device,
      boxKey: keys.boxKey,
      cut: cut.ids,
      reason: reason.trim(),
    });
  }

  /** The network record a paired (or moved) device needs, writing for `member`; null without a member room key. */
  handover(member = this.host.memberKey()): NetworkHandover | null {
    const record = this.host.record();
    if (!record.roomSecret) return null;
    return {
      net: idFromText(record.id),
      name: record.name,
      area: record.area,
      lobby: idFromText(record.lobbySecret),
      relays: record.relays,
      epoch: record.epoch,
      room: idFromText(record.roomSecret),
      member: idFromText(member),
      // The checkpoint this device checked: the new one starts from it (§4.8).
      checkpoint: record.checkpoint ? idFromText(record.checkpoint) : null,
    };
  }
}

/** The record a device keeps after another handed it the network. */
export function recordFromHandover(handover: NetworkHandover, now: number): NetworkRecord {
  return {
    id: toBase64Url(handover.net),
    name: handover.name,
    area: handover.area,
    role: 'member',
    lobbySecret: toBase64Url(handover.lobby),
    relays: handover.relays,
    roomSecret: toBase64Url(handover.room),
    epoch: handover.epoch,
    details: null,
    joinId: null,
    opened: now,
    member: toBase64Url(handover.member),
    ...(handover.checkpoint ? { checkpoint: toBase64Url(handover.checkpoint) } : {}),
  };
}
