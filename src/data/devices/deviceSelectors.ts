// Named reads of this member's devices, for the settings page.
import type { SessionView } from '../session/SessionView.ts';

export interface DeviceLine {
  key: string;
  label: string;
  /** This very device. */
  current: boolean;
}

/** The member's devices that still write, this one first. */
export function myDevices(view: SessionView): DeviceLine[] {
  const state = view.memberState;
  const member = state?.members.get(view.memberKey);
  if (!state || !member) return [];
  return member.devices
    .map((key) => state.devices.get(key))
    .filter((device) => device !== undefined && !device.removed)
    .map((device) => ({ key: device?.key ?? '', label: device?.label ?? '', current: device?.key === view.me }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/** Has a coordinator moved this member away from this device, or was it retired? It writes nothing that counts now. */
export function deviceRetired(view: SessionView): boolean {
  return view.memberState?.devices.get(view.me)?.removed === true;
}

/** Own chain length, for a recovery file: a restored device waits until it has caught up to it. */
export function ownChainLength(view: SessionView): number {
  return view.memberState?.heads.get(view.me)?.seq ?? 0;
}
