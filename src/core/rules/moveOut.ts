// move-out: a coordinator moves a member out to the peer network (docs/protocol-links.md
// §5). Once the member's move-away and the peer's move-in are there too (settleMoves.ts),
// `minutes` go from the member to the clearing account and the member's devices stop after
// `cut` (applied here, in the second derivation deriveState.ts makes for it), and after
// whatever of theirs our side attested (keepAttested.ts).
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { homeMember } from '../links/homeMember.ts';
import { keepAttested } from '../links/keepAttested.ts';
import { moveOutOf } from '../links/movingOut.ts';
import { headsOf } from '../state/cutHeads.ts';
import { closeWindows, devicesOf, endKept } from '../state/devices.ts';
import type { Member } from '../state/NetworkState.ts';
import type { AuthorityRule } from './EntryRule.ts';
import { keepForLink, liveLink } from './linkHelpers.ts';

export const moveOut: AuthorityRule<'move-out'> = {
  kind: 'authority',
  body: bodyReaders['move-out'],
  writer: 'coordinator',
  act(state, entry, { id, member: coordinator }) {
    const link = liveLink(state, entry.body.link);
    if (typeof link === 'string') return link;
    // `member` names the member by the key that asked to move (any of its devices, §5).
    const key = toBase64Url(entry.body.member);
    const member = homeMember(state, key);
    if (member === null) return 'unknown-member';
    // One move per member: a move on this link, or a move out on any link, decides it (§5).
    if (link.moves.has(member) || moveOutOf(state.links.values(), member)) return 'already-decided';
    // A complete move (found by a first derivation): the member's devices stop after `cut`.
    const kept = state.movedOut?.get(id);
    if (kept) {
      const moving = state.members.get(member) as Member;
      const devices = devicesOf(state, moving);
      const cut = headsOf(state, devices, entry.body.cut, coordinator.key);
      if (typeof cut === 'string') return cut;
      keepAttested(state, cut, kept, new Set(devices.map((device) => device.key)));
      for (const device of devices) {
        closeWindows(device, cut);
        endKept(device, cut);
        device.removed = true;
      }
      moving.status = 'suspended';
      moving.roles.clear();
    }
    link.moves.set(member, {
      member,
      key,
      direction: 'out',
      away: null,
      awayBoxKey: null,
      out: id,
      in: null,
      minutes: entry.body.minutes,
      complete: false,
    });
    keepForLink(state, id, entry);
    return null;
  },
};
