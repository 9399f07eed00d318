// Who speaks for this network across a link (protocol-links.md §1): the signing keys of the
// live devices of its coordinators and kiosks, at most 16. This device comes first, so the
// `link` it writes is always signed by a key on the roster it sends.
import { maxLinkRoster } from '../../core/entry/bodies/links.ts';
import { hasRole } from '../../core/state/membership.ts';
import type { DeviceKey, NetworkState } from '../../core/state/NetworkState.ts';

export function ourLinkRoster(state: NetworkState, me: DeviceKey): Uint8Array[] {
  const keys = new Map<DeviceKey, Uint8Array>();
  const own = state.devices.get(me);
  if (own && !own.removed) keys.set(me, own.publicKey);
  // Coordinators before kiosks: with more than 16 devices, the people who make links stay on.
  for (const role of ['coordinator', 'kiosk'] as const) {
    for (const member of state.members.values()) {
      if (!hasRole(member, role)) continue;
      for (const key of member.devices) {
        const device = state.devices.get(key);
        if (device && !device.removed && !keys.has(key)) keys.set(key, device.publicKey);
      }
    }
  }
  return [...keys.values()].slice(0, maxLinkRoster);
}
