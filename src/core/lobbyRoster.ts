// Who the lobby trusts as coordinators (docs/protocol.md §6.1). The lobby is public and
// cannot read the member room, so a device the lobby trusts tells it, in a `roster`, who
// the coordinators are now and which devices act for them — never why someone is gone. A
// roster replaces the ones it names in `after` (those its writer's lobby held), and counts
// only if its writer's device is trusted by what it replaces: a coordinator the lobby no
// longer trusts cannot write its way back, it can only name an older roster, or answer the
// roster that took it off (read beside that one). The heads are read together, measured
// from their nearest common rosters:
//
//  - someone on every one of them stays; someone only some add waits for the next roster
//    (an addition needs everyone who wrote at the same time and is still in);
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
  id: EntryIdText;
  set: CoordinatorSet;
  author: MemberKey;
  /** The rosters it replaces (for an answer, those the roster it answers replaced); none: the base. */
  parents: Read[];
  /** The merge of its parents (or the base): where its writer had to be trusted. */
  replaced: CoordinatorSet;
}

/** How many rosters an answer may look back through to find the one that took its device off. */
const answerReach = 256;

/**
 * The coordinators the lobby trusts: `base` (the founder and the grants the lobby holds)
 * until the first roster, then what the rosters say. A roster naming one the lobby does
 * not hold waits.
 */
export function currentRoster(base: CoordinatorSet, statements: readonly RosterStatement[]): CurrentRoster {
  // One pass in causal order (a topological sort over an index of who names whom), so rosters
  // sent newest first cost no more than any other order. Each `after` is read once.
  const afterOf = new Map<EntryIdText, EntryIdText[]>();
  for (const statement of statements)
    if (!afterOf.has(statement.id)) afterOf.set(statement.id, [...new Set(statement.after)]);
  const namedBy = new Map<EntryIdText, EntryIdText[]>();
  const waiting = new Map<EntryIdText, number>();
  const ready: EntryIdText[] = [];
  for (const [id, after] of afterOf) {
    const here = after.filter((other) => afterOf.has(other));
    for (const other of here) {
      const list = namedBy.get(other);
      if (list) list.push(id);
      else namedBy.set(other, [id]);
    }
    waiting.set(id, here.length);
    if (here.length === 0) ready.push(id);
  }
  const byId = new Map(statements.map((statement) => [statement.id, statement]));
  const merged = new Merger(base);
  const read = new Map<EntryIdText, Read | null>();
  while (ready.length) {
    const id = ready.pop() as EntryIdText;
    read.set(id, readOne(byId.get(id) as RosterStatement, afterOf.get(id) ?? [], read, merged));
    for (const next of namedBy.get(id) ?? []) {
      const left = (waiting.get(next) as number) - 1;
      waiting.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  const parentOfAnother = new Set<Read>();
  for (const value of read.values()) if (value) for (const parent of value.parents) parentOfAnother.add(parent);
  const heads = [...read.values()].filter((value): value is Read => value !== null && !parentOfAnother.has(value));
  if (heads.length === 0) return { set: base, heads: [] };
  heads.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { set: merged.of(heads), heads: heads.map((head) => head.id) };
}

/** One roster, once everything it names is read: does it count, and what does it replace? */
function readOne(
  statement: RosterStatement,
  after: readonly EntryIdText[],
  read: ReadonlyMap<EntryIdText, Read | null>,
  merged: Merger,
): Read | null {
  const before = after.map((id) => read.get(id) ?? null);
  if (before.includes(null)) return null;
  let parents = before as Read[];
  let replaced = merged.of(parents);
  let author = memberOfDevice(replaced, statement.author);
  if (!author) {
    const answered = answeredParents(parents, statement.author);
    if (!answered) return null;
    parents = answered;
    replaced = merged.of(parents);
    author = memberOfDevice(replaced, statement.author);
    if (!author) return null;
  }
  return { id: statement.id, set: setOf(statement.rows), author, parents, replaced };
}

/**
 * A device that a roster it did not write took off the list may answer that roster: its
 * roster is read as replacing what that one replaced, beside it. Looks back from the rosters
 * named past those that never listed the device; null if its own member took it off.
 */
function answeredParents(named: readonly Read[], device: DeviceKey): Read[] | null {
  const parents = new Set<Read>();
  const seen = new Set<Read>();
  const stack = [...named];
  while (stack.length) {
    const at = stack.pop() as Read;
    if (seen.has(at)) continue;
    seen.add(at);
    if (seen.size > answerReach) return null;
    if (memberOfDevice(at.set, device)) {
      parents.add(at);
      continue;
    }
    if (memberOfDevice(at.replaced, device) === at.author) return null;
    stack.push(...at.parents);
  }
  return [...parents];
}

interface Removal {
  by: Read;
  member: MemberKey;
  standing: boolean | null;
}

/** Merges of rosters read together, each worked out once. */
class Merger {
  private readonly done = new Map<string, CoordinatorSet>();
  private readonly base: CoordinatorSet;
  constructor(base: CoordinatorSet) {
    this.base = base;
  }

  of(rosters: readonly Read[]): CoordinatorSet {
    const heads = [...new Set(rosters)];
    if (heads.length === 0) return this.base;
    if (heads.length === 1) return (heads[0] as Read).set;
    const key = heads
      .map((head) => head.id)
      .sort()
      .join(' ');
    let set = this.done.get(key);
    if (!set) {
      set = merge(heads, this.of(nearestCommon(heads)));
      this.done.set(key, set);
    }
    return set;
  }
}

/**
 * The latest rosters behind every head (none: the base). Removals are measured from there,
 * so a chain of rosters from there to a head counts as one removal by the head's writer.
 */
function nearestCommon(heads: readonly Read[]): Read[] {
  const reached = new Map<Read, number>();
  for (const head of heads) {
    const seen = new Set<Read>([head]);
    const stack = [head];
    while (stack.length) {
      const at = stack.pop() as Read;
      reached.set(at, (reached.get(at) ?? 0) + 1);
      for (const parent of at.parents)
        if (!seen.has(parent)) {
          seen.add(parent);
          stack.push(parent);
        }
    }
  }
  const common = [...reached].filter(([, count]) => count === heads.length).map(([at]) => at);
  // What lies behind a common roster is common too: the latest are those no common one names.
  const behind = new Set(common.flatMap((at) => at.parents));
  return common.filter((at) => !behind.has(at));
}

/** Rosters written at the same time, read together (the rules at the top of this file). */
function merge(heads: readonly Read[], reference: CoordinatorSet): CoordinatorSet {
  const removals: Removal[] = [];
  const removalsOf = new Map<MemberKey, Removal[]>();
  for (const head of heads) {
    for (const member of reference.keys()) {
      if (head.set.has(member)) continue;
      const removal: Removal = { by: head, member, standing: null };
      removals.push(removal);
      const list = removalsOf.get(member);
      if (list) list.push(removal);
      else removalsOf.set(member, [removal]);
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
  // A head whose writer is out (a removal of it stands) has no say over additions.
  const out = new Set(removals.filter((r) => r.standing).map((r) => r.member));
  const kept = [...rank.keys()].filter((member) =>
    heads.every((head) =>
      head.set.has(member) || reference.has(member)
        ? head.set.has(member) || removalsOf.get(member)?.find((r) => r.by === head)?.standing === false
        : out.has(head.author),
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
