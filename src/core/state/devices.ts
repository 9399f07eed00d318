// A member's devices and the windows in which their entries count: what the rules that
// add, retire, suspend, reinstate and move members (src/core/rules) do to them.
import { toBase64Url } from '../encoding/base64url.ts';
import type { CountedWindow, Device, EntryIdText, Member, MemberKey, NetworkState } from './NetworkState.ts';

export function newMember(key: MemberKey, publicKey: Uint8Array): Member {
  return {
    key,
    publicKey,
    status: 'pending',
    roles: new Set(),
    devices: [],
    joinId: null,
    join: null,
    admittedAt: null,
    enrolled: null,
    declineNote: null,
    profile: null,
    profileFrom: null,
    balance: 0,
    given: 0,
    received: 0,
    welcome: 0,
    seniority: null,
  };
}

export function addDevice(
  state: NetworkState,
  member: Member,
  publicKey: Uint8Array,
  boxKey: Uint8Array,
  label: string,
): Device {
  const key = toBase64Url(publicKey);
  const device: Device = {
    key,
    publicKey,
    member: member.key,
    boxKey,
    label,
    windows: [{ start: null, end: null }],
    removed: false,
    kept: null,
  };
  state.devices.set(key, device);
  if (!member.devices.includes(key)) member.devices.push(key);
  return device;
}

/** Every device a member has had, retired ones included. */
export function devicesOf(state: NetworkState, member: Member): Device[] {
  return member.devices.map((key) => state.devices.get(key)).filter((d): d is Device => d !== undefined);
}

export function liveDevices(state: NetworkState, member: Member): Device[] {
  return devicesOf(state, member).filter((device) => !device.removed);
}

/** Ends a device's open window at the named heads (none named: nothing more of it counts). */
export function closeWindows(device: Device, cut: ReadonlyMap<string, Set<EntryIdText>>): void {
  const open = device.windows.at(-1);
  if (!open || open.end !== null) return;
  const closed: CountedWindow = { start: open.start, end: cut.get(device.key) ?? new Set() };
  device.windows = [...device.windows.slice(0, -1), closed];
}

/** A coordinator's cut is the last word, also for what a device its member retired did for others. */
export function endKept(device: Device, cut: ReadonlyMap<string, Set<EntryIdText>>): void {
  if (device.kept && device.kept.end === null) {
    device.kept = { ...device.kept, end: cut.get(device.key) ?? new Set() };
  }
}
