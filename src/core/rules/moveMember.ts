// move-member: a coordinator moves a member who lost every device to a new key. The old
// devices stop after the named heads (`cut`) and are retired; a suspended member stays
// suspended on the new key. Which removals stand when they are concurrent is decided in
// src/core/state/strongRemoval.ts.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { headsOf } from '../state/cutHeads.ts';
import { addDevice, closeWindows, devicesOf, endKept } from '../state/devices.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const moveMember: AuthorityRule<'move-member'> = {
  kind: 'authority',
  body: bodyReaders['move-member'],
  writer: 'coordinator',
  act(state, entry, { member: coordinator }) {
    const member = state.members.get(toBase64Url(entry.body.member));
    if (!member || (member.status !== 'admitted' && member.status !== 'suspended')) return 'unknown-member';
    const key = toBase64Url(entry.body.device);
    if (state.devices.has(key) || state.members.has(key)) return 'already-decided';
    // Every device the member has had: a retired one whose payments a concurrent act already
    // ended is named harmlessly (nothing of it is open to close), not refused.
    const devices = devicesOf(state, member);
    const cut = headsOf(state, devices, entry.body.cut, coordinator.key);
    if (typeof cut === 'string') return cut;
    for (const device of devices) {
      closeWindows(device, cut);
      endKept(device, cut);
      device.removed = true;
    }
    const moved = addDevice(state, member, entry.body.device, entry.body.boxKey, '');
    // A suspended member moved to a new key stays suspended: the new key waits for reinstatement.
    if (member.status === 'suspended') moved.windows = [{ start: null, end: new Set() }];
    return null;
  },
};
