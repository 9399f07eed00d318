// Which checkpoints count (docs/protocol.md §4.8): checkpoint n counts when enough distinct
// members holding the coordinator or kiosk role signed the same summary (the quorum of the
// policy that summary holds), it is built on the
// counting checkpoint n − 1, and it is not false; of two such with the same `after`, the
// lower summary hash. Decided over the set of checkpoint entries, so duplicates and the
// order they arrive in change nothing.
import { toBase64Url } from '../encoding/base64url.ts';
import type { Bodies } from '../entry/bodies.ts';
import type { EntryIdText, MemberKey, NetworkState } from '../state/NetworkState.ts';
import type { CheckpointVerdict } from './checkCheckpoint.ts';
import { quorumOf } from './quorum.ts';

/** How long after `until` a checkpoint may be signed. */
export const signingDelay = 30 * 24 * 60 * 60 * 1000;

export interface CountingCheckpoint {
  part: number;
  summary: Uint8Array;
  /** The members whose signatures count, and their entries. */
  signers: MemberKey[];
  entries: EntryIdText[];
}

/**
 * The counting checkpoints, part 1 first. `state` says which checkpoint entries were written
 * by a coordinator or a kiosk (the applied ones; a device past a checkpoint gives those it
 * saw applied before, as an entry of the frontier is not judged again); `verdictOf` says, per entry, whether this
 * device found its summary true (an entry it cannot check does not count here). `from`: the
 * checkpoint this device derives across by its record (counted before, or handed over at
 * pairing, §4.8): where the entries of the parts up to it are not here, counting goes on
 * from it (with no signers or entries of its own in the list).
 */
export function countingCheckpoints(
  state: Pick<NetworkState, 'applied' | 'devices'>,
  verdictOf: (id: EntryIdText) => CheckpointVerdict,
  from?: { part: number; summary: Uint8Array; until: number },
): CountingCheckpoint[] {
  const groups = new Map<string, Group>();
  for (const [id, entry] of state.applied) {
    if (entry.type !== 'checkpoint') continue;
    const verdict = verdictOf(id);
    // Signed at least 30 days after `until`: what was written offline has had time to arrive.
    if (verdict.kind !== 'true' || entry.time < verdict.until + signingDelay) continue;
    const body = entry.body as Bodies['checkpoint'];
    const member = state.devices.get(toBase64Url(entry.author))?.member;
    if (!member) continue;
    const key = `${body.part} ${body.after ? toBase64Url(body.after) : '-'} ${toBase64Url(body.summary)}`;
    const group = groups.get(key) ?? {
      body,
      signers: new Set(),
      entries: [],
      holders: verdict.holders.size,
      vouched: false,
      quorum: verdict.quorum,
      until: verdict.until,
    };
    group.signers.add(member);
    group.entries.push(id);
    // One who held a role at `until` must be among the signers: one who signs alone a summary
    // of a state without themselves in it (a part 1 of the genesis alone: quorum 1) counts not.
    if (verdict.holders.has(member)) group.vouched = true;
    groups.set(key, group);
  }
  const counting: CountingCheckpoint[] = [];
  let after: Uint8Array | null = null;
  let until = Number.NEGATIVE_INFINITY;
  for (let part = 1; ; part++) {
    const afterText: string | null = after ? toBase64Url(after) : null;
    // Each one later than the one before: a summary of an earlier point would hand a phone old entries as new.
    const candidates: Group[] = [...groups.values()].filter(
      (group) =>
        group.body.part === part &&
        (group.body.after ? toBase64Url(group.body.after) : null) === afterText &&
        group.until > until &&
        group.vouched &&
        group.signers.size >= quorumOf(group.holders, group.quorum),
    );
    if (candidates.length === 0) {
      if (!from || from.part < part) return counting;
      counting.push({ part: from.part, summary: from.summary, signers: [], entries: [] });
      after = from.summary;
      part = from.part;
      until = from.until;
      continue;
    }
    const lowest: Group = candidates.reduce((best, group) =>
      compareBytes(group.body.summary, best.body.summary) < 0 ? group : best,
    );
    counting.push({
      part,
      summary: lowest.body.summary,
      signers: [...lowest.signers].sort(),
      entries: [...lowest.entries].sort(),
    });
    after = lowest.body.summary;
    until = lowest.until;
  }
}

interface Group {
  body: Bodies['checkpoint'];
  signers: Set<MemberKey>;
  entries: EntryIdText[];
  holders: number;
  /** The policy's checkpointQuorum in the summary: the same summary, the same quorum. */
  quorum: number;
  until: number;
  /** A member holding a role in the summary signed it. */
  vouched: boolean;
}

/** Byte order (of summary hashes): the lower one counts. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}
