// device-remove: a member's device retires one of the member's devices (lost, sold). It is
// a statement about the device's future, and costs nobody else anything: after the named
// heads (`cut`) nothing of the device counts, except what it did for others — its payments
// and its coordinator acts that had not seen the retirement (Device.kept; applyEntry.ts,
// applyAuthority.ts). The member chose the cut, and must not take back hours or an
// admission by it. The last device stays, unless two devices retire each other at once (a
// stolen phone and the laptop): both go.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { headsOf } from '../state/cutHeads.ts';
import { closeWindows, liveDevices } from '../state/devices.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const deviceRemove: AuthorityRule<'device-remove'> = {
  kind: 'authority',
  body: bodyReaders['device-remove'],
  writer: 'member',
  act(state, entry, { id, member, mutual }) {
    const target = state.devices.get(toBase64Url(entry.body.device));
    if (!target || target.member !== member.key || target.removed) return 'unknown-member';
    if (liveDevices(state, member).length <= 1 && !mutual) return 'last-device';
    const cut = headsOf(state, [target], entry.body.cut, member.key);
    if (typeof cut === 'string') return cut;
    closeWindows(target, cut);
    target.removed = true;
    // From where its last counted window began: nothing written in an earlier gap counts.
    target.kept = { start: target.windows.at(-1)?.start ?? null, end: null, retiredBy: id };
    return null;
  },
};
