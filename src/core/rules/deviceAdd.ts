// device-add: a member's device adds another device of the same member (after pairing).
// Any admitted member may, up to maxDevices live devices; a key is never used twice. The
// new device's proof (src/core/deviceProof.ts) must show that it agreed to write for this
// member; a device-add of version 2's form, without one, counts unless something stronger
// claims its key for another member (src/core/state/deviceClaims.ts), so the networks in
// use keep the devices they added before version 3.

import { deviceProofHolds } from '../deviceProof.ts';
import { fromBase64Url, toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { addDevice, liveDevices } from '../state/devices.ts';
import type { AuthorityRule } from './EntryRule.ts';

/** A member may have this many devices (phones, laptops, a card) at once. */
export const maxDevices = 8;

export const deviceAdd: AuthorityRule<'device-add'> = {
  kind: 'authority',
  body: bodyReaders['device-add'],
  writer: 'member',
  act(state, entry, { member, claimed }) {
    const { device, boxKey, label, proof } = entry.body;
    const key = toBase64Url(device);
    if (proof === undefined) {
      const owners = claimed.get(key);
      if (owners && !owners.has(toBase64Url(member.publicKey))) return 'no-proof';
    } else {
      const net = fromBase64Url(state.networkId);
      if (!net || !deviceProofHolds(net, member.publicKey, device, proof)) return 'bad-proof';
    }
    if (state.devices.has(key) || state.members.has(key)) return 'already-decided';
    if (liveDevices(state, member).length >= maxDevices) return 'too-many-devices';
    addDevice(state, member, device, boxKey, label);
    return null;
  },
};
