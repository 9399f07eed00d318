// Who the lobby trusts as coordinators (docs/protocol.md §6.1). The lobby is public and
// cannot read the member room, so a device the lobby trusts tells it, in a `roster`, who
// the coordinators are now and which devices act for them — never why someone is gone. A
// roster replaces the ones it names in `after` (those its writer's lobby held), and counts
// only if its writer's device is trusted by what it replaces: a coordinator the lobby no
// longer trusts cannot write its way back, it can only name an older roster, or answer the
// roster that took it off (read beside that one). The heads are read together, measured
// from their nearest common rosters (lobbyRosterMerge.ts).
//
// The rule reads the set of entries, never their order of arrival or a claimed time.
import { toBase64Url } from './encoding/base64url.ts';
import type { RosterRow } from './entry/bodies.ts';
import { Merger, type Read } from './lobbyRosterMerge.ts';
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
