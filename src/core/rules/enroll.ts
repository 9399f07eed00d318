// enroll: a coordinator makes a member without a join: someone without a device of their
// own (a member card), the kiosk, or a member moved here from another timebank. Welcome
// hours and an opening balance come from the pot.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { credit } from '../state/accounts.ts';
import { addDevice, newMember } from '../state/devices.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const enroll: AuthorityRule<'enroll'> = {
  kind: 'authority',
  body: bodyReaders.enroll,
  writer: 'coordinator',
  act(state, entry, { member: coordinator }) {
    const target = toBase64Url(entry.body.member);
    if (state.members.has(target) || state.devices.has(target)) return 'already-decided';
    const member = newMember(target, entry.body.member);
    const { name, area, consent } = entry.body;
    member.status = 'admitted';
    member.admittedAt = entry.time;
    member.enrolled = { by: coordinator.key, name, area, consent };
    state.members.set(target, member);
    addDevice(state, member, entry.body.member, entry.body.boxKey, '');
    if (entry.body.secret) state.admissions.set(target, { epoch: entry.body.epoch, secret: entry.body.secret });
    credit(state, member, entry.body.welcome + entry.body.opening);
    return null;
  },
};
