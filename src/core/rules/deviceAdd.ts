// device-add: a member's device adds another device of the same member (after pairing).
// Any admitted member may, up to maxDevices live devices; a key is never used twice.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { addDevice, liveDevices } from '../state/devices.ts';
import type { AuthorityRule } from './EntryRule.ts';

/** A member may have this many devices (phones, laptops, a card) at once. */
export const maxDevices = 8;

export const deviceAdd: AuthorityRule<'device-add'> = {
  kind: 'authority',
  body: bodyReaders['device-add'],
  writer: 'member',
  act(state, entry, { member }) {
    const { device, boxKey, label } = entry.body;
    const key = toBase64Url(device);
    if (state.devices.has(key) || state.members.has(key)) return 'already-decided';
    if (liveDevices(state, member).length >= maxDevices) return 'too-many-devices';
    addDevice(state, member, device, boxKey, label);
    return null;
  },
};
