// What the lobby shows. The lobby carries only the genesis, join requests and the
// coordinators' answers (and what a newcomer needs to know who the coordinators are), not
// the coordinators' whole chains, so it cannot be checked chain by chain; this view trusts
// an answer when a coordinator known in the lobby signed it. It is advisory: the member
// room, with every rule of deriveState, decides who is a member. A newcomer whom the lobby
// wrongly calls admitted learns nothing but a room secret that the member room's rules
// will not back.
//
// Everyone holding the poster's invite can write here, so the view costs time linear in
// the entries (and a sort, with each join hashed once by the caller's cache), and a join
// counts only with its proof of work. A join dated more than 10 minutes ahead waits, as in
// the member room. A coordinator removed (revoke-role, suspend) is trusted no more: not her
// answers, set-asides, nor her devices' box keys. Once a roster is here, the rosters say who
// the coordinators are (src/core/lobbyRoster.ts); the founder and the grants are where they start. A coordinator's `set-aside` declines here
// every join without an answer that claims a time at or before its `before`; of two answers
// to one join the more senior coordinator's wins, then the lower id (no claimed time).
import type { SealedBox } from './crypto/sealedBox.ts';
import { toBase64Url } from './encoding/base64url.ts';
import type { Bodies } from './entry/bodies.ts';
import type { AnyEntry, Entry } from './entry/Entry.ts';
import { maxClockSkewMs } from './entry/readEntry.ts';
import { joinWorkBits } from './joinWork.ts';
import { type CoordinatorSet, type CurrentRoster, currentRoster, type RosterStatement } from './lobbyRoster.ts';
import type { EntryIdText, MemberKey, VerifiedEntry } from './state/NetworkState.ts';

export type LobbyStatus =
  | { kind: 'unknown' }
  | { kind: 'pending'; joinId: EntryIdText }
  | { kind: 'admitted'; epoch: number; secret: SealedBox }
  | { kind: 'declined'; note: SealedBox | null; setAside: boolean };

export interface JoinRequest {
  id: EntryIdText;
  member: MemberKey;
  publicKey: Uint8Array;
  boxKey: Uint8Array;
  sealed: SealedBox;
  time: number;
  /** The zero bits its proof of work has (at least the network's). */
  work: number;
  entry: Entry<'join'>;
}

export interface LobbyView {
  genesis: Bodies['genesis'] | null;
  founder: MemberKey | null;
  /** Box keys of the coordinators' devices known here: join requests are sealed to them. */
  coordinatorBoxKeys: Uint8Array[];
  /**
   * Join requests without an answer yet, one per newcomer (the latest), in id order:
   * src/core/requestOrder.ts orders them for a coordinator.
   */
  pending: JoinRequest[];
  /** The lobby's load: every pending request, whatever time it claims (joinWorkFor). */
  load: number;
  /** The latest `before` of a coordinator's set-aside: a join asking again claims a later time. */
  setAsideBefore: number | null;
  /** The coordinators the lobby trusts now, and the rosters a new one replaces. */
  roster: CurrentRoster;
  statusOf(member: MemberKey): LobbyStatus;
}

type Answer = Extract<AnyEntry, { type: 'admit' | 'decline' }>;

/**
 * `workOf`: the zero bits of each join's work, kept by the caller between views so that each
 * join is hashed once (src/data/joining/LobbyRoom.ts), not once per change of the lobby.
 */
export function lobbyView(
  networkId: EntryIdText,
  entries: Iterable<VerifiedEntry>,
  now: number,
  workOf: Map<EntryIdText, number> = new Map(),
): LobbyView {
  let genesis: Entry<'genesis'> | null = null;
  const latestJoin = new Map<MemberKey, JoinRequest>();
  const answers: { id: EntryIdText; entry: Answer }[] = [];
  const grants: { id: EntryIdText; entry: Extract<AnyEntry, { type: 'grant-role' }> }[] = [];
  const removals: { id: EntryIdText; entry: Extract<AnyEntry, { type: 'revoke-role' | 'suspend' }> }[] = [];
  const deviceAdds: Extract<AnyEntry, { type: 'device-add' }>[] = [];
  const setAsides: Extract<AnyEntry, { type: 'set-aside' }>[] = [];
  const rosters: RosterStatement[] = [];
  const joins: Entry<'join'>[] = [];
  const joinIds = new Map<Entry<'join'>, EntryIdText>();
  for (const { idText, entry } of entries) {
    const typed = entry as AnyEntry;
    if (typed.type === 'genesis' && idText === networkId) genesis = typed as Entry<'genesis'>;
    else if (typed.type === 'join') {
      // From the future: it waits, as in the member room.
      if (typed.time > now + maxClockSkewMs) continue;
      joins.push(typed as Entry<'join'>);
      joinIds.set(typed as Entry<'join'>, idText);
    } else if (typed.type === 'admit' || typed.type === 'decline') answers.push({ id: idText, entry: typed });
    else if (typed.type === 'grant-role') grants.push({ id: idText, entry: typed });
    else if (typed.type === 'revoke-role' || typed.type === 'suspend') removals.push({ id: idText, entry: typed });
    else if (typed.type === 'device-add') deviceAdds.push(typed);
    else if (typed.type === 'set-aside') setAsides.push(typed);
    else if (typed.type === 'roster') {
      const { after, coordinators: rows } = typed.body;
      rosters.push({ id: idText, author: toBase64Url(typed.author), after: after.map(toBase64Url), rows });
    }
  }
  const bits = genesis?.body.joinWork ?? 0;
  for (const entry of joins) {
    const id = joinIds.get(entry) as EntryIdText;
    const member = toBase64Url(entry.author);
    const known = latestJoin.get(member);
    if (known && (entry.seq < known.entry.seq || (entry.seq === known.entry.seq && id < known.id))) continue;
    // One hash per join that could be the latest; a join without the work does not count.
    let work = workOf.get(id);
    if (work === undefined) {
      work = joinWorkBits(networkId, entry.author, entry.body);
      workOf.set(id, work);
    }
    if (work < bits) continue;
    latestJoin.set(member, {
      id,
      member,
      publicKey: entry.author,
      boxKey: entry.body.boxKey,
      sealed: entry.body.sealed,
      time: entry.time,
      work,
      entry,
    });
  }
  const founder = genesis ? toBase64Url(genesis.author) : null;

  // Coordinators (members) and the devices that act for them, with their box keys. Seniority
  // as in the member room, as far as the lobby can tell: the founder, then in the order the
  // grants are found (by claimed time, then id: grants are written by coordinators).
  const coordinators = new Map<MemberKey, number>();
  const deviceMember = new Map<string, MemberKey>();
  const boxKeys = new Map<string, Uint8Array>();
  if (genesis && founder) {
    coordinators.set(founder, 0);
    deviceMember.set(founder, founder);
    boxKeys.set(founder, genesis.body.boxKey);
  }
  grants.sort((a, b) => a.entry.time - b.entry.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let grew = true;
  while (grew) {
    grew = false;
    for (const { entry: grant } of grants) {
      if (grant.body.role !== 'coordinator') continue;
      const target = toBase64Url(grant.body.member);
      const by = deviceMember.get(toBase64Url(grant.author));
      const join = latestJoin.get(target);
      if (coordinators.has(target) || !by || !coordinators.has(by) || !join) continue;
      coordinators.set(target, coordinators.size);
      deviceMember.set(target, target);
      boxKeys.set(target, join.boxKey);
      grew = true;
    }
    for (const add of deviceAdds) {
      const member = deviceMember.get(toBase64Url(add.author));
      const device = toBase64Url(add.body.device);
      if (!member || deviceMember.has(device)) continue;
      deviceMember.set(device, member);
      boxKeys.set(device, add.body.boxKey);
      grew = true;
    }
  }

  // Removals of coordinators (a revoke of the role, a suspension), the more senior author's
  // first: one by a coordinator already removed does not count (so a removed coordinator
  // cannot remove the one who removed her). The lobby trusts the removed no more at all.
  const baseSeniority = (author: Uint8Array) => {
    const member = deviceMember.get(toBase64Url(author));
    return member === undefined ? undefined : coordinators.get(member);
  };
  const removed = new Set<MemberKey>();
  const bySeniority = <T extends { id: EntryIdText; entry: AnyEntry }>(
    list: T[],
    seniority: (author: Uint8Array) => number | undefined,
  ) =>
    list
      .filter(({ entry }) => seniority(entry.author) !== undefined)
      .sort(
        (a, b) =>
          (seniority(a.entry.author) as number) - (seniority(b.entry.author) as number) ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
  for (const { entry } of bySeniority(removals, baseSeniority)) {
    const by = deviceMember.get(toBase64Url(entry.author)) as MemberKey;
    const target = toBase64Url(entry.body.member);
    if (removed.has(by) || !coordinators.has(target)) continue;
    if (entry.type === 'revoke-role' && entry.body.role !== 'coordinator') continue;
    removed.add(target);
  }
  const base: CoordinatorSet = new Map();
  for (const member of [...coordinators.keys()].sort(
    (a, b) => (coordinators.get(a) as number) - (coordinators.get(b) as number),
  ))
    if (!removed.has(member)) base.set(member, new Map());
  for (const [device, member] of deviceMember) base.get(member)?.set(device, boxKeys.get(device) as Uint8Array);

  // From the first roster on, the rosters say who the coordinators are.
  const roster = currentRoster(base, rosters);
  const trustedDevices = new Map<string, number>();
  let rank = 0;
  for (const devices of roster.set.values()) {
    for (const device of devices.keys()) trustedDevices.set(device, rank);
    rank++;
  }
  const seniorityOf = (author: Uint8Array) => trustedDevices.get(toBase64Url(author));
  const trusted = (author: Uint8Array) => trustedDevices.has(toBase64Url(author));
  const byAuthority = <T extends { id: EntryIdText; entry: AnyEntry }>(list: T[]) => bySeniority(list, seniorityOf);
  // Newcomers seal their details to the devices of the coordinators trusted now.
  const coordinatorBoxKeys = [...roster.set.values()].flatMap((devices) => [...devices.values()]);
  // A coordinator's own join is no request, whether the lobby still trusts them or not.
  const everCoordinator = new Set<MemberKey>([...coordinators.keys(), ...roster.set.keys()]);

  // Two answers to one join: as in the member room, the more senior coordinator's, then the
  // lower id (never the earlier claimed time).
  const decided = new Map<EntryIdText, { id: EntryIdText; entry: Answer }>();
  for (const candidate of byAuthority(answers)) {
    if (!trusted(candidate.entry.author)) continue;
    const joinId = toBase64Url(candidate.entry.body.join);
    if (!decided.has(joinId)) decided.set(joinId, candidate);
  }

  // Set-asides by a coordinator: only the latest `before` matters here.
  let setAsideBefore: number | null = null;
  for (const setAside of setAsides) {
    if (!trusted(setAside.author)) continue;
    // As in the member room: one dated ahead waits; `before` reaches at most 10 minutes past it.
    if (setAside.time > now + maxClockSkewMs || setAside.body.before > setAside.time + maxClockSkewMs) continue;
    setAsideBefore = Math.max(setAsideBefore ?? 0, setAside.body.before);
  }
  const isSetAside = (join: JoinRequest) => setAsideBefore !== null && join.time <= setAsideBefore;

  const pending = [...latestJoin.values()]
    .filter((join) => !decided.has(join.id) && !everCoordinator.has(join.member) && !isSetAside(join))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    genesis: genesis?.body ?? null,
    founder,
    coordinatorBoxKeys,
    pending,
    load: pending.length,
    setAsideBefore,
    roster,
    statusOf(member) {
      const join = latestJoin.get(member);
      if (!join) return { kind: 'unknown' };
      const answer = decided.get(join.id)?.entry;
      if (!answer) {
        if (isSetAside(join)) return { kind: 'declined', note: null, setAside: true };
        return { kind: 'pending', joinId: join.id };
      }
      if (answer.type === 'decline') return { kind: 'declined', note: answer.body.note, setAside: false };
      return { kind: 'admitted', epoch: answer.body.epoch, secret: answer.body.secret };
    },
  };
}
