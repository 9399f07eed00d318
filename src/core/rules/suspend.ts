// suspend: a coordinator stops an admitted member: nothing their devices write after the
// named heads (`cut`) counts, and they lose their roles. Not oneself, not the last
// coordinator (unless the two remove each other at once: both stand). Which removals
// stand when they are concurrent is decided in src/core/state/strongRemoval.ts.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { headsOf } from '../state/cutHeads.ts';
import { closeWindows, devicesOf, endKept } from '../state/devices.ts';
import { coordinatorCount } from '../state/membership.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const suspend: AuthorityRule<'suspend'> = {
  kind: 'authority',
  body: bodyReaders.suspend,
  writer: 'coordinator',
  act(state, entry, { member: coordinator, mutual }) {
    const target = toBase64Url(entry.body.member);
    if (target === coordinator.key) return 'self';
    const member = state.members.get(target);
    if (member?.status !== 'admitted') return 'already-decided';
    if (member.roles.has('coordinator') && coordinatorCount(state) <= 1 && !mutual) return 'last-coordinator';
    const devices = devicesOf(state, member);
    const cut = headsOf(state, devices, entry.body.cut, coordinator.key);
    if (typeof cut === 'string') return cut;
    for (const device of devices) {
      closeWindows(device, cut);
      endKept(device, cut);
    }
    member.status = 'suspended';
    // A suspended coordinator is a member again when reinstated: roles are granted anew.
    member.roles.clear();
    return null;
  },
};
