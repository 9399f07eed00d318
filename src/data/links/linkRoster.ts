// Who speaks for this network across a link (protocol-links.md §1): the signing keys of the
// live devices of its coordinators and kiosks, at most 16, coordinators' first, and how many
// of them are coordinators' (only those sign `link`, `link-roster` and `link-end`). This
// device comes first when it is a coordinator's, so the `link` it writes is always signed by
// a coordinator's key on the roster it sends.
import { maxLinkRoster } from '../../core/entry/bodies/links.ts';
import { hasRole } from '../../core/state/membership.ts';
import type { DeviceKey, NetworkState } from '../../core/state/NetworkState.ts';

export interface OurLinkRoster {
  roster: Uint8Array[];
  /** How many of `roster`'s first keys are coordinators' devices (0: none, and no roster to send). */
  coordinators: number;
}

export function ourLinkRoster(state: NetworkState, me: DeviceKey): OurLinkRoster {
  const byRole = { coordinator: new Map<DeviceKey, Uint8Array>(), kiosk: new Map<DeviceKey, Uint8Array>() };
  const own = state.devices.get(me);
  if (own && !own.removed && hasRole(state.members.get(own.member), 'coordinator'))
    byRole.coordinator.set(me, own.publicKey);
  // Coordinators before kiosks: with more than 16 devices, the people who make links stay on.
  for (const role of ['coordinator', 'kiosk'] as const) {
    for (const member of state.members.values()) {
      if (!hasRole(member, role)) continue;
      for (const key of member.devices) {
        const device = state.devices.get(key);
        const taken = byRole.coordinator.has(key) || byRole.kiosk.has(key);
        if (device && !device.removed && !taken) byRole[role].set(key, device.publicKey);
      }
    }
  }
  const roster = [...byRole.coordinator.values(), ...byRole.kiosk.values()].slice(0, maxLinkRoster);
  return { roster, coordinators: Math.min(byRole.coordinator.size, maxLinkRoster) };
}
