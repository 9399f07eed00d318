// Which device keys are claimed by more than a bare word, and for whom (protocol v3, §2). A
// device-add of version 3 carries the new device's proof that it writes for the adding
// member; one of version 2's form carries none, and still counts so that the networks in
// use keep their devices — but not for a key that something stronger claims for another
// member, or any member could take another's new device with a bare claim written as if
// first. A stronger claim for the bare claim's own member confirms it and sets nothing
// aside: else the device's own key (a thief with the phone) or its member, by proving it
// again, could void everything the device wrote under the bare claim. Stronger claims:
//  - a device-add whose proof the device signed for a member its author may write for
//    (the author, or a device or member above it in the chain of claims that added it);
//  - an enrolment (the kiosk, a card) or a move to a new key: a coordinator's act, after
//    meeting the person.
// Decided from the entries alone, not from the state, so that no order of judging can let
// a bare claim through before the stronger one is seen.

import { deviceProofHolds } from '../deviceProof.ts';
import { fromBase64Url, toBase64Url } from '../encoding/base64url.ts';
import type { AnyEntry } from '../entry/Entry.ts';
import type { DeviceKey, EntryIdText, VerifiedEntry } from './NetworkState.ts';

/** For each device key claimed more strongly, the member keys it is claimed for. */
export type StrongClaims = ReadonlyMap<DeviceKey, ReadonlySet<string>>;

export function strongClaims(networkId: EntryIdText, authority: Iterable<VerifiedEntry>): StrongClaims {
  const claimed = new Map<DeviceKey, Set<string>>();
  const claim = (device: DeviceKey, member: string) =>
    claimed.set(device, (claimed.get(device) ?? new Set()).add(member));
  const proven: Extract<AnyEntry, { type: 'device-add' }>[] = [];
  /** For each device key, who claimed it: the authors of device-adds, the members moved to it. */
  const claimedBy = new Map<DeviceKey, Set<string>>();
  const by = (device: DeviceKey, who: string) => claimedBy.set(device, (claimedBy.get(device) ?? new Set()).add(who));
  for (const { entry } of authority) {
    const typed = entry as AnyEntry;
    if (typed.type === 'device-add') {
      by(toBase64Url(typed.body.device), toBase64Url(typed.author));
      if (typed.body.proof) proven.push(typed);
    } else if (typed.type === 'enroll') {
      const member = toBase64Url(typed.body.member);
      claim(member, member);
    } else if (typed.type === 'move-member') {
      const device = toBase64Url(typed.body.device);
      const member = toBase64Url(typed.body.member);
      claim(device, member);
      by(device, member);
    }
  }
  const net = fromBase64Url(networkId);
  if (!net) return claimed;
  // Every key the proof may name is tried: each proof names one member.
  for (const entry of proven) {
    const device = toBase64Url(entry.body.device);
    for (const member of above(toBase64Url(entry.author), claimedBy)) {
      const key = fromBase64Url(member);
      if (key && deviceProofHolds(net, key, entry.body.device, entry.body.proof as Uint8Array)) {
        claim(device, member);
        break;
      }
    }
  }
  return claimed;
}

/** A key and every key that claimed it, and so on up: the members it may write for are among them. */
function above(start: string, claimedBy: ReadonlyMap<DeviceKey, ReadonlySet<string>>): Set<string> {
  const found = new Set([start]);
  const stack = [start];
  while (stack.length) {
    for (const next of claimedBy.get(stack.pop() as string) ?? []) {
      if (!found.has(next)) {
        found.add(next);
        stack.push(next);
      }
    }
  }
  return found;
}
