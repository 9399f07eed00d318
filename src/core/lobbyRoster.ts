// Who the lobby trusts as coordinators (docs/protocol.md §6.1). The lobby is public and
// cannot read the member room, so a device the lobby trusts tells it, in a `roster`, who
// the coordinators are now and which devices act for them — never why someone is gone. A
// roster replaces the ones it names in `after` (those its writer's lobby held), and counts
// only if its writer's device is trusted by what it replaces: a coordinator the lobby no
// longer trusts cannot write its way back, it can only name an older roster. Rosters that
// replace the same one are read together:
//
//  - someone on every one of them stays; someone only some add waits for the next roster
//    (an addition needs everyone who wrote at the same time);
//  - a roster that leaves out someone it replaced removes them, unless that removal is
//    challenged: its writer is itself removed by another roster standing at the same time,
//    which the removed one had not removed in turn. So a removed coordinator who names an
//    old roster leaving out everyone takes only its remover down with it (both removals of
//    each other stand), as in the member room (§4.4);
//  - the order of seniority is the order the rosters list them in.
//
// The rule reads the set of entries, never their order of arrival or a claimed time.
import { toBase64Url } from './encoding/base64url.ts';
import type { RosterRow } from './entry/bodies.ts';
import type { DeviceKey, EntryIdText, MemberKey, NetworkState } from './state/NetworkState.ts';

/** Coordinators in order of seniority, each with the devices that act for them and their box keys. */
export type CoordinatorSet = Map<MemberKey, Map<DeviceKey, Uint8Array>>;

/** A roster as the lobby read it: who stated it (a device), what it replaces, what it says. */
export interface RosterStatement {
  id: EntryIdText;
  author: DeviceKey;
  after: EntryIdText[];
  rows: readonly RosterRow[];
}

export interface CurrentRoster {
  set: CoordinatorSet;
  /** The rosters nothing replaces yet: what a new roster names in `after` (empty: none yet). */
  heads: EntryIdText[];
}

/** What this member state says: admitted coordinators by seniority, their live devices. */
export function rosterOf(state: NetworkState): RosterRow[] {
  const rows: RosterRow[] = [];
  const coordinators = [...state.members.values()]
    .filter((member) => member.status === 'admitted' && member.roles.has('coordinator'))
    .sort((a, b) => (a.seniority ?? Infinity) - (b.seniority ?? Infinity) || (a.key < b.key ? -1 : 1));
  for (const member of coordinators) {
    for (const key of member.devices) {
      const device = state.devices.get(key);
      if (device && !device.removed)
        rows.push({ member: member.publicKey, device: device.publicKey, boxKey: device.boxKey });
    }
  }
  return rows.slice(0, 64);
}

export function setOf(rows: readonly RosterRow[]): CoordinatorSet {
  const set: CoordinatorSet = new Map();
  const taken = new Set<DeviceKey>();
  for (const row of rows) {
    const member = toBase64Url(row.member);
    const device = toBase64Url(row.device);
    if (taken.has(device)) continue;
    taken.add(device);
    const devices = set.get(member) ?? new Map<DeviceKey, Uint8Array>();
    devices.set(device, row.boxKey);
    set.set(member, devices);
  }
  return set;
}

/** Do two sets name the same coordinators with the same devices (seniority aside)? */
export function sameSet(a: CoordinatorSet, b: CoordinatorSet): boolean {
  if (a.size !== b.size) return false;
  for (const [member, devices] of a) {
    const other = b.get(member);
    if (!other || other.size !== devices.size) return false;
    for (const [device, boxKey] of devices) if (other.get(device)?.join() !== boxKey.join()) return false;
  }
  return true;
}

export function memberOfDevice(set: CoordinatorSet, device: DeviceKey): MemberKey | undefined {
  for (const [member, devices] of set) if (devices.has(device)) return member;
  return undefined;
}

interface Read {
  set: CoordinatorSet;
  author: MemberKey;
  replaced: CoordinatorSet;
}

/**
 * The coordinators the lobby trusts: `base` (the founder and the grants the lobby holds)
 * until the first roster, then what the rosters say. A roster naming one the lobby does
 * not hold waits.
 */
export function currentRoster(base: CoordinatorSet, statements: readonly RosterStatement[]): CurrentRoster {
  const byId = new Map(statements.map((statement) => [statement.id, statement]));
  const read = new Map<EntryIdText, Read | null>();
  // Ids come from hashes, so `after` cannot go round in a circle: each pass settles at least one.
  let left = [...statements];
  while (left.length) {
    const next: RosterStatement[] = [];
    for (const statement of left) {
      if (statement.after.some((id) => byId.has(id) && !read.has(id))) {
        next.push(statement);
        continue;
      }
      const before = statement.after.map((id) => read.get(id) ?? null);
      const replaced = before.length === 0 ? base : before.includes(null) ? null : merge(before as Read[]);
      const author = replaced ? memberOfDevice(replaced, statement.author) : undefined;
      read.set(statement.id, replaced && author ? { set: setOf(statement.rows), author, replaced } : null);
    }
    if (next.length === left.length) break;
    left = next;
  }
  const named = new Set<EntryIdText>();
  for (const [id, value] of read) if (value) for (const after of byId.get(id)?.after ?? []) named.add(after);
  const heads = [...read.keys()].filter((id) => read.get(id) && !named.has(id)).sort();
  if (heads.length === 0) return { set: base, heads: [] };
  return { set: merge(heads.map((id) => read.get(id) as Read)), heads };
}

interface Removal {
  by: Read;
  member: MemberKey;
  standing: boolean | null;
}

/** Rosters written at the same time, read together (the rules at the top of this file). */
function merge(heads: readonly Read[]): CoordinatorSet {
  if (heads.length === 1) return (heads[0] as Read).set;
  const removals: Removal[] = [];
  const removalsOf = new Map<MemberKey, Removal[]>();
  for (const head of heads) {
    for (const member of head.replaced.keys()) {
      if (head.set.has(member)) continue;
      const removal: Removal = { by: head, member, standing: null };
      removals.push(removal);
      removalsOf.set(member, [...(removalsOf.get(member) ?? []), removal]);
    }
  }
  // A removal is challenged by a removal of its writer by another roster, unless it removes
  // that roster's writer in turn (mutual: both stand). Leaving oneself out is never challenged.
  const challengers = (removal: Removal) =>
    removal.member === removal.by.author
      ? []
      : (removalsOf.get(removal.by.author) ?? []).filter(
          (other) => other.by !== removal.by && other.by.author !== removal.member,
        );
  for (let undecided = removals.filter((r) => r.standing === null); undecided.length; ) {
    let moved = false;
    for (const removal of undecided) {
      const against = challengers(removal);
      if (against.some((other) => other.standing === true)) removal.standing = false;
      else if (against.every((other) => other.standing === false)) removal.standing = true;
      else continue;
      moved = true;
    }
    // Stuck: what lies on a ring of challenges stands, and the rest is decided from there.
    if (!moved) {
      const ring = onRing(undecided, challengers);
      for (const removal of ring.length ? ring : undecided) removal.standing = true;
    }
    undecided = undecided.filter((r) => r.standing === null);
  }

  const rank = new Map<MemberKey, number>();
  for (const head of heads) {
    let index = 0;
    for (const member of head.set.keys()) rank.set(member, Math.min(rank.get(member) ?? Infinity, index++));
  }
  const kept = [...rank.keys()].filter((member) =>
    heads.every(
      (head) =>
        head.set.has(member) ||
        (head.replaced.has(member) && removalsOf.get(member)?.find((r) => r.by === head)?.standing === false),
    ),
  );
  kept.sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number) || (a < b ? -1 : 1));
  const set: CoordinatorSet = new Map();
  for (const member of kept) {
    // A device stays only if every roster that lists the member lists it.
    const lists = heads.map((head) => head.set.get(member)).filter((devices) => devices !== undefined);
    const devices = new Map<DeviceKey, Uint8Array>();
    for (const [device, boxKey] of lists[0] ?? [])
      if (lists.every((other) => other.has(device))) devices.set(device, boxKey);
    if (devices.size) set.set(member, devices);
  }
  return set;
}

/** The undecided removals that challenge themselves through other undecided ones. */
function onRing(undecided: readonly Removal[], challengers: (removal: Removal) => Removal[]): Removal[] {
  const open = new Set(undecided);
  return undecided.filter((start) => {
    const seen = new Set<Removal>();
    const stack = challengers(start).filter((r) => open.has(r));
    while (stack.length) {
      const at = stack.pop() as Removal;
      if (at === start) return true;
      if (seen.has(at)) continue;
      seen.add(at);
      for (const next of challengers(at)) if (open.has(next)) stack.push(next);
    }
    return false;
  });
}
