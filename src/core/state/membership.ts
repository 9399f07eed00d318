// Who counts: the questions every rule asks about an entry's author. A member writes
// through devices (a phone, a laptop, a member card); an entry counts when its device
// belongs to a member who was admitted and the entry lies in one of the device's counted
// windows (suspension and reinstatement, removal and moving to a new key cut them).
import type { Role } from '../entry/bodies.ts';
import type { CountedWindow, Device, DeviceKey, EntryIdText, Member, MemberKey, NetworkState } from './NetworkState.ts';
import type { Rejection } from './Rejection.ts';

export function deviceOf(state: NetworkState, key: DeviceKey): Device | undefined {
  return state.devices.get(key);
}

/** The member a device writes for. */
export function memberOf(state: NetworkState, device: DeviceKey): Member | undefined {
  const known = state.devices.get(device);
  return known ? state.members.get(known.member) : undefined;
}

/** Is this member in the network (admitted now, or suspended after having been)? */
export function isMember(state: NetworkState, key: MemberKey): boolean {
  const status = state.members.get(key)?.status;
  return status === 'admitted' || status === 'suspended';
}

export function hasRole(member: Member | undefined, role: Role): boolean {
  return member?.status === 'admitted' && member.roles.has(role);
}

export function coordinatorCount(state: NetworkState): number {
  let count = 0;
  for (const member of state.members.values()) if (hasRole(member, 'coordinator')) count++;
  return count;
}

/** The seniority the next coordinator gets: after every coordinator so far. */
export function nextSeniority(state: NetworkState): number {
  let highest = 0;
  for (const member of state.members.values()) highest = Math.max(highest, member.seniority ?? 0);
  return highest + 1;
}

/** Does this chained entry of `device` lie in one of the device's counted windows? */
export function inWindow(state: NetworkState, device: Device, id: EntryIdText): boolean {
  return device.windows.some((window) => windowCounts(state, window, id));
}

/** Does this chained entry of a device its member retired lie where what it did for others still counts (Device.kept)? */
export function inKeptWindow(state: NetworkState, device: Device, id: EntryIdText): boolean {
  return device.kept !== null && windowCounts(state, device.kept, id);
}

/**
 * Who writes this entry, if it counts: its device and member. Otherwise why not:
 * `not-member` (no admitted member has this device) or `suspended` (outside the windows).
 */
export function writerOf(
  state: NetworkState,
  author: DeviceKey,
  id: EntryIdText,
): { device: Device; member: Member } | Rejection {
  const device = state.devices.get(author);
  const member = device ? state.members.get(device.member) : undefined;
  if (!device || !member || (member.status !== 'admitted' && member.status !== 'suspended')) return 'not-member';
  return inWindow(state, device, id) ? { device, member } : 'suspended';
}

/** The box keys of a member's live devices: what a message to them is sealed to. */
export function liveBoxKeys(state: NetworkState, member: MemberKey): Uint8Array[] {
  const keys: Uint8Array[] = [];
  for (const key of state.members.get(member)?.devices ?? []) {
    const device = state.devices.get(key);
    if (device && !device.removed) keys.push(device.boxKey);
  }
  return keys;
}

/** The chained entries a device has written that nothing later of it follows: its branch tips. */
export function chainTips(state: NetworkState, device: DeviceKey): EntryIdText[] {
  return chainTipsOf(state, [device]).get(device) ?? [];
}

/**
 * The branch tips of each of these devices, in one pass over the chains: what an act that
 * cuts them names (all of them; cutHeads.ts), and how a device is seen to be over-forked.
 * Highest seq first, then id: the order is the same on every device.
 */
export function chainTipsOf(state: NetworkState, devices: Iterable<DeviceKey>): Map<DeviceKey, EntryIdText[]> {
  const wanted = new Set(devices);
  const parents = new Set<EntryIdText>();
  const nodes = new Map<DeviceKey, { id: EntryIdText; seq: number }[]>();
  for (const [id, node] of state.chain) {
    if (!wanted.has(node.author)) continue;
    const list = nodes.get(node.author) ?? [];
    list.push({ id, seq: node.seq });
    nodes.set(node.author, list);
    if (node.parent) parents.add(node.parent);
  }
  const tips = new Map<DeviceKey, EntryIdText[]>();
  for (const [device, list] of nodes) {
    const open = list.filter((node) => !parents.has(node.id));
    open.sort((a, b) => b.seq - a.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    tips.set(
      device,
      open.map((node) => node.id),
    );
  }
  return tips;
}

// --- windows ---

const ancestorsOfEnd = new WeakMap<CountedWindow, Set<EntryIdText>>();
const descendantsOfStart = new WeakMap<CountedWindow, Map<EntryIdText, boolean>>();

function windowCounts(state: NetworkState, window: CountedWindow, id: EntryIdText): boolean {
  if (window.end && !endAncestors(state, window, window.end).has(id)) return false;
  return window.start === null || isStrictDescendant(state, window, window.start, id);
}

/** The entries named as a window's end and all their ancestors. */
function endAncestors(state: NetworkState, window: CountedWindow, end: ReadonlySet<EntryIdText>): Set<EntryIdText> {
  let known = ancestorsOfEnd.get(window);
  if (!known) {
    known = new Set();
    for (const head of end) {
      let at: EntryIdText | null = head;
      while (at && !known.has(at)) {
        known.add(at);
        at = state.chain.get(at)?.parent ?? null;
      }
    }
    ancestorsOfEnd.set(window, known);
  }
  return known;
}

function isStrictDescendant(
  state: NetworkState,
  window: CountedWindow,
  start: ReadonlySet<EntryIdText>,
  id: EntryIdText,
): boolean {
  let memo = descendantsOfStart.get(window);
  if (!memo) {
    memo = new Map();
    descendantsOfStart.set(window, memo);
  }
  const path: EntryIdText[] = [];
  let at: EntryIdText | null = state.chain.get(id)?.parent ?? null;
  let answer = false;
  while (at) {
    const cached = memo.get(at);
    if (cached !== undefined) {
      answer = cached;
      break;
    }
    if (start.has(at)) {
      answer = true;
      break;
    }
    path.push(at);
    at = state.chain.get(at)?.parent ?? null;
  }
  // Every node passed on the way up lies inside the window exactly when the node where the
  // walk stopped does (none of them is a start itself).
  for (const node of path) memo.set(node, answer);
  return answer;
}
