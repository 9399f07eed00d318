// What a coordinator's device copies from the member room into the lobby, so that
// newcomers seal their join requests to every coordinator (src/core/lobby.ts reads these):
// the genesis, each grant of the coordinator role to someone who holds it now (and the
// grants of those who granted it, so the lobby can follow the chain back to the founder),
// those coordinators' own join requests, and the devices they added; and every revoke of the
// coordinator role, with its author's chain, so the lobby stops trusting the removed. Never a
// suspension: its reason is the network's business, and the lobby is public; the lobby
// learns of one from a roster (src/core/lobbyRoster.ts), which says who is, never why not.
import { toBase64Url } from './encoding/base64url.ts';
import { keyText } from './encoding/keyText.ts';
import type { AnyEntry } from './entry/Entry.ts';
import type { EntryIdText, MemberKey, NetworkState } from './state/NetworkState.ts';

export function lobbySeed(state: NetworkState): EntryIdText[] {
  const grants = new Map<MemberKey, { id: EntryIdText; by: MemberKey | undefined }>();
  const deviceAdds: { id: EntryIdText; member: MemberKey | undefined; device: string }[] = [];
  const removals: { id: EntryIdText; by: MemberKey | undefined }[] = [];
  // Every entry applied is looked at (an archive device's four years: 137,000); only these few kinds name their author's member.
  const memberOf = (entry: AnyEntry) => state.devices.get(keyText(entry.author))?.member;
  for (const [id, entry] of state.applied) {
    const typed = entry as AnyEntry;
    if (typed.type === 'grant-role' && typed.body.role === 'coordinator') {
      grants.set(toBase64Url(typed.body.member), { id, by: memberOf(typed) });
    } else if (typed.type === 'device-add') {
      deviceAdds.push({ id, member: memberOf(typed), device: toBase64Url(typed.body.device) });
    } else if (typed.type === 'revoke-role' && typed.body.role === 'coordinator') {
      removals.push({ id, by: memberOf(typed) });
    }
  }
  const coordinators = new Set<MemberKey>();
  const wanted: EntryIdText[] = [state.networkId];
  // Who holds the role now, then whoever granted it to them, back to the founder.
  const queue = [...state.members.values()]
    .filter((member) => member.status === 'admitted' && member.roles.has('coordinator'))
    .map((member) => member.key);
  for (const removal of removals) {
    wanted.push(removal.id);
    if (removal.by) queue.push(removal.by);
  }
  while (queue.length) {
    const key = queue.shift() as MemberKey;
    if (coordinators.has(key)) continue;
    coordinators.add(key);
    const member = state.members.get(key);
    if (member?.joinId) wanted.push(member.joinId);
    const grant = grants.get(key);
    if (grant && key !== state.founder) {
      wanted.push(grant.id);
      if (grant.by) queue.push(grant.by);
    }
  }
  for (const add of deviceAdds) {
    if (add.member && coordinators.has(add.member) && !state.devices.get(add.device)?.removed) wanted.push(add.id);
  }
  return wanted;
}
