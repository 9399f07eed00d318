// reinstate: a coordinator lets a suspended member write again: what follows the named
// heads (`from`) counts again; for a device with none named, what follows its cut.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { headsOf } from '../state/cutHeads.ts';
import { devicesOf } from '../state/devices.ts';
import type { EntryIdText } from '../state/NetworkState.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const reinstate: AuthorityRule<'reinstate'> = {
  kind: 'authority',
  body: bodyReaders.reinstate,
  writer: 'coordinator',
  act(state, entry, { member: coordinator }) {
    const member = state.members.get(toBase64Url(entry.body.member));
    if (member?.status !== 'suspended') return 'not-suspended';
    const devices = devicesOf(state, member);
    const from = headsOf(state, devices, entry.body.from, coordinator.key);
    if (typeof from === 'string') return from;
    for (const device of devices) {
      if (device.removed) continue;
      // What follows the heads the coordinator names counts again; if none are named for
      // this device, what follows the suspension's cut.
      const named = from.get(device.key);
      const start = named?.size ? named : (device.windows.at(-1)?.end ?? new Set<EntryIdText>());
      // Nothing named and nothing cut (the device had written nothing): all of it counts.
      device.windows = [...device.windows, { start: start.size ? start : null, end: null }];
    }
    member.status = 'admitted';
    return null;
  },
};
