// When each member wrote: the times of the entries that counted (the rules applied them),
// by member rather than by device, so a phone and a member card of one person are one.
// Outreach and the report both ask this.
import { toBase64Url } from '../encoding/base64url.ts';
import type { MemberKey, NetworkState } from './NetworkState.ts';

/** The time of every counted entry, per member who wrote it, in no particular order. */
export function entryTimesByMember(state: NetworkState): Map<MemberKey, number[]> {
  const times = new Map<MemberKey, number[]>();
  for (const entry of state.applied.values()) {
    const member = state.devices.get(toBase64Url(entry.author))?.member;
    if (member === undefined) continue;
    const list = times.get(member);
    if (list) list.push(entry.time);
    else times.set(member, [entry.time]);
  }
  return times;
}
