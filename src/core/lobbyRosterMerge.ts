// How the lobby reads rosters written at the same time together (docs/protocol.md §6.1),
// measured from their nearest common rosters; lobbyRoster.ts reads them in causal order.
//
//  - someone on every one of them stays; someone only some add waits for the next roster
//    (an addition needs everyone who wrote at the same time and is still in);
//  - a roster that leaves out someone it replaced removes them, unless that removal is
//    challenged: its writer is itself removed by another roster standing at the same time,
//    which the removed one had not removed in turn. So a removed coordinator who names an
//    old roster leaving out everyone takes only its remover down with it (both removals of
//    each other stand), as in the member room (§4.4);
//  - the order of seniority is the order the rosters list them in.
import type { CoordinatorSet } from './lobbyRoster.ts';
import type { DeviceKey, EntryIdText, MemberKey } from './state/NetworkState.ts';

/** A roster that counts, as read in causal order: what it says, who wrote it, what it replaces. */
export interface Read {
  id: EntryIdText;
  set: CoordinatorSet;
  author: MemberKey;
  /** The rosters it replaces (for an answer, those the roster it answers replaced); none: the base. */
  parents: Read[];
  /** The merge of its parents (or the base): where its writer had to be trusted. */
  replaced: CoordinatorSet;
}

interface Removal {
  by: Read;
  member: MemberKey;
  standing: boolean | null;
}

/** Merges of rosters read together, each worked out once. */
export class Merger {
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
