// device-remove: a member's device retires one of the member's devices (lost, sold).
// Nothing it writes after the named heads (`cut`) counts, except payments of proposals
// their receivers wrote: the member chose the cut, and must not take back agreed hours by
// it (src/core/state/applyEntry.ts). The last device stays, unless two devices retire each
// other at once (a stolen phone and the laptop): both go.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import { headsOf } from '../state/cutHeads.ts';
import { closeWindows, liveDevices } from '../state/devices.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const deviceRemove: AuthorityRule<'device-remove'> = {
  kind: 'authority',
  body: bodyReaders['device-remove'],
  writer: 'member',
  act(state, entry, { member, mutual }) {
    const target = state.devices.get(toBase64Url(entry.body.device));
    if (!target || target.member !== member.key || target.removed) return 'unknown-member';
    if (liveDevices(state, member).length <= 1 && !mutual) return 'last-device';
    const cut = headsOf(state, [target], entry.body.cut, member.key);
    if (typeof cut === 'string') return cut;
    closeWindows(target, cut);
    target.removed = true;
    // From where its last counted window began: nothing written in an earlier gap counts.
    target.payments = { start: target.windows.at(-1)?.start ?? null, end: null };
    return null;
  },
};
