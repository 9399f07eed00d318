// move-in: a coordinator takes in a member of the peer network who moves here
// (docs/protocol-links.md §5): like `enroll`, a member of this network from now on; the
// opening (the moved minutes, from the clearing account) follows once the member's
// move-away and the peer's move-out are there, attested by the peer (settleLinks.ts).
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { addDevice, newMember } from '../state/devices.ts';
import type { AuthorityRule } from './EntryRule.ts';
import { keepForLink, liveLink } from './linkHelpers.ts';

export const moveIn: AuthorityRule<'move-in'> = {
  kind: 'authority',
  body: bodyReaders['move-in'],
  writer: 'coordinator',
  act(state, entry, { id, member: coordinator }) {
    const link = liveLink(state, entry.body.link);
    if (typeof link === 'string') return link;
    const target = toBase64Url(entry.body.member);
    if (state.members.has(target) || state.devices.has(target) || link.moves.has(target)) return 'already-decided';
    const member = newMember(target, entry.body.member);
    const { name, area } = entry.body;
    member.status = 'admitted';
    member.admittedAt = entry.time;
    member.enrolled = { by: coordinator.key, name, area, consent: '' };
    state.members.set(target, member);
    addDevice(state, member, entry.body.member, entry.body.boxKey, '');
    if (entry.body.secret) state.admissions.set(target, { epoch: entry.body.epoch, secret: entry.body.secret });
    link.moves.set(target, {
      member: target,
      key: target,
      direction: 'in',
      away: null,
      awayBoxKey: null,
      out: null,
      in: id,
      minutes: 0,
      complete: false,
    });
    keepForLink(state, id, entry);
    return null;
  },
};
