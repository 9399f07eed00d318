// What the lobby shows. The lobby carries only the genesis, join requests and the
// coordinators' answers (and what a newcomer needs to know who the coordinators are), not
// the coordinators' whole chains, so it cannot be checked chain by chain; this view trusts
// an answer when a coordinator known in the lobby signed it. It is advisory: the member
// room, with every rule of deriveState, decides who is a member. A newcomer whom the lobby
// wrongly calls admitted learns nothing but a room secret that the member room's rules
// will not back.
//
// Everyone holding the poster's invite can write here, so the view costs time linear in
// the entries, and a join counts only with its proof of work.
import type { SealedBox } from './crypto/sealedBox.ts';
import { toBase64Url } from './encoding/base64url.ts';
import type { Bodies } from './entry/bodies.ts';
import type { AnyEntry, Entry } from './entry/Entry.ts';
import { hasJoinWork } from './joinWork.ts';
import type { EntryIdText, MemberKey, VerifiedEntry } from './state/NetworkState.ts';

export type LobbyStatus =
  | { kind: 'unknown' }
  | { kind: 'pending'; joinId: EntryIdText }
  | { kind: 'admitted'; epoch: number; secret: SealedBox }
  | { kind: 'declined'; note: SealedBox | null };

export interface JoinRequest {
  id: EntryIdText;
  member: MemberKey;
  publicKey: Uint8Array;
  boxKey: Uint8Array;
  sealed: SealedBox;
  time: number;
  entry: Entry<'join'>;
}

export interface LobbyView {
  genesis: Bodies['genesis'] | null;
  founder: MemberKey | null;
  /** Box keys of the coordinators' devices known here: join requests are sealed to them. */
  coordinatorBoxKeys: Uint8Array[];
  /** Join requests without an answer yet, oldest first: one per newcomer, the latest. */
  pending: JoinRequest[];
  statusOf(member: MemberKey): LobbyStatus;
}

type Answer = Extract<AnyEntry, { type: 'admit' | 'decline' }>;

export function lobbyView(networkId: EntryIdText, entries: Iterable<VerifiedEntry>): LobbyView {
  let genesis: Entry<'genesis'> | null = null;
  const latestJoin = new Map<MemberKey, JoinRequest>();
  const answers: { id: EntryIdText; answer: Answer }[] = [];
  const grants: Extract<AnyEntry, { type: 'grant-role' }>[] = [];
  const deviceAdds: Extract<AnyEntry, { type: 'device-add' }>[] = [];
  const joins: JoinRequest[] = [];
  for (const { idText, entry } of entries) {
    const typed = entry as AnyEntry;
    if (typed.type === 'genesis' && idText === networkId) genesis = typed as Entry<'genesis'>;
    else if (typed.type === 'join') {
      joins.push({
        id: idText,
        member: toBase64Url(typed.author),
        publicKey: typed.author,
        boxKey: typed.body.boxKey,
        sealed: typed.body.sealed,
        time: typed.time,
        entry: typed as Entry<'join'>,
      });
    } else if (typed.type === 'admit' || typed.type === 'decline') answers.push({ id: idText, answer: typed });
    else if (typed.type === 'grant-role') grants.push(typed);
    else if (typed.type === 'device-add') deviceAdds.push(typed);
  }
  const bits = genesis?.body.joinWork ?? 0;
  for (const join of joins) {
    if (!hasJoinWork(networkId, join.publicKey, join.entry.body, bits)) continue;
    const known = latestJoin.get(join.member);
    if (!known || join.entry.seq > known.entry.seq || (join.entry.seq === known.entry.seq && join.id > known.id)) {
      latestJoin.set(join.member, join);
    }
  }
  const founder = genesis ? toBase64Url(genesis.author) : null;

  // Coordinators (members) and the devices that act for them, with their box keys.
  const coordinators = new Set<MemberKey>();
  const deviceMember = new Map<string, MemberKey>();
  const boxKeys = new Map<string, Uint8Array>();
  if (genesis && founder) {
    coordinators.add(founder);
    deviceMember.set(founder, founder);
    boxKeys.set(founder, genesis.body.boxKey);
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const grant of grants) {
      if (grant.body.role !== 'coordinator') continue;
      const target = toBase64Url(grant.body.member);
      const by = deviceMember.get(toBase64Url(grant.author));
      const join = latestJoin.get(target);
      if (coordinators.has(target) || !by || !coordinators.has(by) || !join) continue;
      coordinators.add(target);
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

  // The first answer by a coordinator to each join counts here.
  const decided = new Map<EntryIdText, { id: EntryIdText; answer: Answer }>();
  for (const candidate of answers) {
    const { answer } = candidate;
    const by = deviceMember.get(toBase64Url(answer.author));
    if (!by || !coordinators.has(by)) continue;
    const joinId = toBase64Url(answer.body.join);
    const earlier = decided.get(joinId);
    const first =
      !earlier ||
      answer.time < earlier.answer.time ||
      (answer.time === earlier.answer.time && candidate.id < earlier.id);
    if (first) decided.set(joinId, candidate);
  }

  return {
    genesis: genesis?.body ?? null,
    founder,
    coordinatorBoxKeys: [...boxKeys.values()],
    pending: [...latestJoin.values()]
      .filter((join) => !decided.has(join.id) && !coordinators.has(join.member))
      .sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : 1)),
    statusOf(member) {
      const join = latestJoin.get(member);
      if (!join) return { kind: 'unknown' };
      const answer = decided.get(join.id)?.answer;
      if (!answer) return { kind: 'pending', joinId: join.id };
      if (answer.type === 'decline') return { kind: 'declined', note: answer.body.note };
      return { kind: 'admitted', epoch: answer.body.epoch, secret: answer.body.secret };
    },
  };
}
