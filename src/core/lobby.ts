// What the lobby shows. The lobby carries only the genesis, join requests and the
// coordinators' answers, not the coordinators' whole chains, so it cannot be checked
// chain by chain; this view trusts an answer when a coordinator known in the lobby signed
// it. It is advisory: the member room, with every rule of deriveState, decides who is a
// member. A newcomer whom the lobby wrongly calls admitted learns nothing but a room
// secret that the member room's rules will not back.
import type { SealedBox } from './crypto/sealedBox.ts';
import { toBase64Url } from './encoding/base64url.ts';
import type { Bodies } from './entry/bodies.ts';
import type { AnyEntry, Entry } from './entry/Entry.ts';
import type { VerifiedEntry } from './state/deriveState.ts';
import type { EntryIdText, MemberKey } from './state/NetworkState.ts';

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
  /** Box keys of the coordinators known here: join requests are sealed to them. */
  coordinatorBoxKeys: Uint8Array[];
  /** Join requests without an answer yet. */
  pending: JoinRequest[];
  statusOf(member: MemberKey): LobbyStatus;
}

export function lobbyView(networkId: EntryIdText, entries: Iterable<VerifiedEntry>): LobbyView {
  let genesis: Entry<'genesis'> | null = null;
  const joins = new Map<EntryIdText, JoinRequest>();
  type Answer = Extract<AnyEntry, { type: 'admit' | 'decline' | 'grant-role' }>;
  type Decision = Extract<AnyEntry, { type: 'admit' | 'decline' }>;
  const answers: Answer[] = [];
  for (const { idText, entry } of entries) {
    if (entry.type === 'genesis' && idText === networkId) genesis = entry as Entry<'genesis'>;
    else if (entry.type === 'join') {
      const join = entry as Entry<'join'>;
      joins.set(idText, {
        id: idText,
        member: toBase64Url(entry.author),
        publicKey: entry.author,
        boxKey: join.body.boxKey,
        sealed: join.body.sealed,
        time: entry.time,
        entry: join,
      });
    } else if (entry.type === 'admit' || entry.type === 'decline' || entry.type === 'grant-role') {
      answers.push(entry as Answer);
    }
  }
  const founder = genesis ? toBase64Url(genesis.author) : null;
  const coordinators = new Map<MemberKey, Uint8Array>();
  if (genesis && founder) coordinators.set(founder, genesis.body.boxKey);

  // Coordinators granted by coordinators, until nothing changes.
  let grew = true;
  while (grew) {
    grew = false;
    for (const answer of answers) {
      if (answer.type !== 'grant-role' || answer.body.role !== 'coordinator') continue;
      const target = toBase64Url(answer.body.member);
      if (coordinators.has(target) || !coordinators.has(toBase64Url(answer.author))) continue;
      const join = [...joins.values()].find((j) => j.member === target);
      if (join) {
        coordinators.set(target, join.boxKey);
        grew = true;
      }
    }
  }

  const decided = new Map<EntryIdText, Decision>();
  for (const answer of answers) {
    if (answer.type === 'grant-role' || !coordinators.has(toBase64Url(answer.author))) continue;
    const joinId = toBase64Url(answer.body.join);
    const earlier = decided.get(joinId);
    if (!earlier || answer.time < earlier.time) decided.set(joinId, answer);
  }

  const latestJoinOf = (member: MemberKey): JoinRequest | undefined =>
    [...joins.values()].filter((j) => j.member === member).sort((a, b) => b.entry.seq - a.entry.seq)[0];

  return {
    genesis: genesis?.body ?? null,
    founder,
    coordinatorBoxKeys: [...coordinators.values()],
    pending: [...joins.values()]
      .filter(
        (join) => !decided.has(join.id) && latestJoinOf(join.member)?.id === join.id && !coordinators.has(join.member),
      )
      .sort((a, b) => a.time - b.time),
    statusOf(member) {
      const join = latestJoinOf(member);
      if (!join) return { kind: 'unknown' };
      const answer = decided.get(join.id);
      if (!answer) return { kind: 'pending', joinId: join.id };
      if (answer.type === 'decline') return { kind: 'declined', note: answer.body.note };
      return { kind: 'admitted', epoch: answer.body.epoch, secret: answer.body.secret };
    },
  };
}
