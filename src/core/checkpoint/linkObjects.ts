// The links' open objects in a checkpoint (docs/protocol-links.md §8, protocol.md §4.8): each
// link with its terms, both rosters, both sides' attestation heads and sums, its end and
// latest statements; its records (counted, for the statements' digest, and attested by one
// side only, so a later attestation counts them); shares and the peer's shared posts; moves
// not yet complete; and the peer's entries the frontier settled, never judged again.
import type { SealedBox } from '../crypto/sealedBox.ts';
import { toBase64Url } from '../encoding/base64url.ts';
import type { LinkTerms } from '../entry/bodies/links.ts';
import type {
  CrossRecord,
  ForeignEntry,
  ForeignKey,
  Link,
  LinkStatementRecord,
  Move,
  PeerPost,
  RosterStep,
  SharedPost,
} from '../links/LinkState.ts';
import type { EntryIdText, NetworkState } from '../state/NetworkState.ts';
import type { CheckpointRecord } from './records.ts';

/** Each side's attestations that count, the entries they name, to the first (lowest id) that names it. */
function attestedBy(state: NetworkState, link: Link) {
  const sides = {
    own: new Map<EntryIdText, EntryIdText>(link.priorAttested?.own),
    peer: new Map<EntryIdText, EntryIdText>(link.priorAttested?.peer),
  };
  const add = (side: 'own' | 'peer', id: EntryIdText, entries: readonly Uint8Array[] | undefined) => {
    for (const named of entries ?? []) {
      const key = toBase64Url(named);
      const before = sides[side].get(key);
      if (!before || id < before) sides[side].set(key, id);
    }
  };
  for (const id of link.attestations.own) add('own', id, bodyOf(state.applied.get(id))?.entries);
  for (const id of link.attestations.peer)
    add('peer', id, bodyOf(state.foreignApplied.get(`${link.peer}.${id}`))?.entries);
  return sides;
}

function bodyOf(entry: { type: string; body: unknown } | undefined): { entries: Uint8Array[] } | undefined {
  return entry?.type === 'link-attest' ? (entry.body as { entries: Uint8Array[] }) : undefined;
}

/** The records of every link of a state derived from a frontier. */
export function linkRecords(state: NetworkState): CheckpointRecord[] {
  const records: CheckpointRecord[] = [];
  for (const link of state.links.values()) {
    const steps = (list: readonly RosterStep[]) =>
      list.map((step, i) => ({
        // A forked chain's tree (rosters.ts): `prev` where it is not the step before in the list.
        ...(step.prev !== undefined && step.prev !== list[i - 1]?.id ? { prev: step.prev } : {}),
        id: step.id,
        // The first step is in force from the start of time; DAG-CBOR has no infinity.
        time: Number.isFinite(step.time) ? step.time : null,
        keys: [...step.keys].sort(),
        // Its attestations' past is in the frontier, judged there: `after` is not carried.
        coordinators: [...step.coordinators].sort(),
      }));
    records.push({
      key: `link ${link.id}`,
      ...{ peer: link.peer, name: link.name, terms: link.terms, own: link.own, secret: link.secret },
      ...{ peerLink: link.peerLink, open: link.open, ended: link.ended, statements: link.statements },
      rosters: { own: steps(link.rosters.own), peer: steps(link.rosters.peer) },
      attestedSum: link.attestedSum,
      heads: { own: [...link.heads.own].sort(), peer: [...link.heads.peer].sort() },
    });
    for (const record of link.records.values()) {
      // A peer's record no one attested is not settled: it is judged after the frontier.
      const attested = record.attested.own !== null || record.attested.peer !== null;
      const keep = record.counted || record.direction === 'out' || attested;
      if (keep) records.push({ key: `linkrec ${link.id} ${record.id}`, record });
    }
    for (const share of link.shares.values()) records.push({ key: `linkshare ${link.id} ${share.post}`, share });
    for (const post of link.peerPosts.values()) records.push({ key: `linkpost ${link.id} ${post.id}`, post });
    const attested = attestedBy(state, link);
    for (const move of link.moves.values()) {
      if (move.complete) continue; // its minutes moved: history
      const parts = [move.away, move.out, move.in].filter((id): id is EntryIdText => id !== null);
      const seen = (side: 'own' | 'peer') =>
        parts.flatMap((id) => {
          const by = attested[side].get(id);
          return by ? [{ id, by }] : [];
        });
      records.push({ key: `linkmove ${link.id} ${move.member}`, move, own: seen('own'), peer: seen('peer') });
    }
  }
  for (const key of settledForeign(state)) records.push({ key: `foreign ${key}` });
  return records;
}

/**
 * The peer's entries the frontier settled: those that count, its attestations refused for
 * good (judged against the sum of their place in the chain: judged again after the
 * checkpoint, against the sum there, one could count), and the peer's records it attested
 * that wait for ours (carried as records). What waits otherwise is judged after.
 */
export function settledForeign(state: NetworkState): ForeignKey[] {
  const keys = new Set(state.foreignApplied.keys());
  for (const link of state.links.values()) {
    for (const id of link.peerRefused) keys.add(`${link.peer}.${id}`);
    for (const record of link.records.values())
      if (record.direction === 'in' && record.attested.peer !== null) keys.add(`${link.peer}.${record.id}`);
  }
  return [...keys].sort();
}

/** The settled foreign entries a summary lists, by foreign key. */
export function listedForeign(open: readonly CheckpointRecord[]): ForeignKey[] {
  return open.filter((record) => record.key.startsWith('foreign ')).map((record) => record.key.slice(8));
}

/** The foreign entries of `held` a summary lists, or null if one is not held. */
export function foreignOfSummary(
  open: readonly CheckpointRecord[],
  held: ReadonlyMap<ForeignKey, ForeignEntry>,
): ForeignEntry[] | null {
  const found: ForeignEntry[] = [];
  for (const key of listedForeign(open)) {
    const item = held.get(key);
    if (!item) return null;
    found.push(item);
  }
  return found;
}

/** Reads one link record back into the state; false if the record is not one of these. */
export function restoreLink(state: NetworkState, kind: string, key: string, record: CheckpointRecord): boolean {
  const [linkId = '', second = ''] = key.split(' ');
  const link = state.links.get(linkId);
  if (kind === 'link') {
    const steps = (list: unknown) =>
      (
        list as { id: EntryIdText; time: number | null; keys: string[]; coordinators: string[]; prev?: EntryIdText }[]
      ).map((step) => ({
        ...(step.prev === undefined ? {} : { prev: step.prev }),
        id: step.id,
        time: step.time ?? Number.NEGATIVE_INFINITY,
        keys: new Set(step.keys),
        coordinators: new Set(step.coordinators),
        after: [],
      }));
    const rosters = record.rosters as { own: unknown; peer: unknown };
    state.links.set(key, {
      id: key,
      peer: record.peer as string,
      name: record.name as string,
      terms: record.terms as LinkTerms,
      own: record.own as EntryIdText,
      secret: record.secret as SealedBox,
      peerLink: record.peerLink as EntryIdText | null,
      open: record.open as boolean,
      rosters: { own: steps(rosters.own), peer: steps(rosters.peer) },
      attestations: { own: [], peer: [] },
      peerRefused: [],
      attestedSum: record.attestedSum as Link['attestedSum'],
      heads: record.heads as Link['heads'],
      ended: record.ended as Link['ended'],
      records: new Map(),
      statements: record.statements as { own: LinkStatementRecord | null; peer: LinkStatementRecord | null },
      mirror: null,
      shares: new Map(),
      peerPosts: new Map(),
      messages: new Map(),
      moves: new Map(),
      priorAttested: { own: new Map(), peer: new Map() },
    });
  } else if (kind === 'linkrec') {
    link?.records.set(second, record.record as CrossRecord);
  } else if (kind === 'linkshare') {
    link?.shares.set(second, record.share as SharedPost);
  } else if (kind === 'linkpost') {
    link?.peerPosts.set(second, record.post as PeerPost);
  } else if (kind === 'linkmove') {
    link?.moves.set(second, record.move as Move);
    for (const side of ['own', 'peer'] as const)
      for (const { id, by } of record[side] as { id: EntryIdText; by: EntryIdText }[])
        link?.priorAttested?.[side].set(id, by);
  } else return kind === 'foreign';
  return true;
}
