// The state a device starts from when it starts at a checkpoint (docs/protocol.md §4.8):
// rebuilt from the summary's records, plus the entries of the frontier every device carries
// (the genesis, the pending joins, each open post and its latest update, ...). Every device
// — one that holds all of the frontier too — judges the entries after the frontier against
// exactly this state (stage 2), so a phone that trusted the checkpoint and an archive
// device agree.

import { idFromText } from '../encoding/base64url.ts';
import type { Bodies, Role } from '../entry/bodies.ts';
import type { Activity } from '../state/activities.ts';
import { newMember } from '../state/devices.ts';
import { emptyState } from '../state/emptyState.ts';
import type {
  CountedWindow,
  Device,
  EntryIdText,
  Member,
  NetworkState,
  Proposal,
  VerifiedEntry,
} from '../state/NetworkState.ts';
import type { Order } from '../state/Order.ts';
import type { GroupRecord } from '../state/togetherRecords.ts';
import { belowTips } from './belowTips.ts';
import { carriedPosts } from './carriedPosts.ts';
import { restoreIdeaOrRecurring } from './ideasAndRecurring.ts';
import { listedForeign, restoreLink } from './linkObjects.ts';
import type { CheckpointRecord, Sections, TipRecord } from './records.ts';
import { reckonRestoredPlans, restoreTogether } from './togetherObjects.ts';

/**
 * A function that gives a fresh state of the checkpoint each time (the rules change what
 * they judge), for deriveState's `start`; null if the carried genesis is missing.
 * `frontier`: the ids of F, on a device that holds F (for the reason `closed-ref`; the
 * state judged is the same without it). `until`: the summary's; without it nothing is below
 * the tips by its place (CheckpointBase.below).
 */
export function stateFromCheckpoint(
  networkId: EntryIdText,
  given: Sections,
  carried: Iterable<VerifiedEntry>,
  frontier: ReadonlySet<EntryIdText> = new Set(),
  until = Number.NEGATIVE_INFINITY,
): (() => NetworkState) | null {
  const listed = new Set(given.carried.map((record) => record.key));
  const entries = new Map<EntryIdText, VerifiedEntry>();
  for (const item of carried) if (listed.has(item.idText)) entries.set(item.idText, item);
  const genesis = entries.get(networkId);
  if (genesis?.entry.type !== 'genesis') return null;
  const posts = carriedPosts(given.open, given.devices, entries);
  if (!posts) return null;
  const joins = new Map([...entries].filter(([, item]) => item.entry.type === 'join'));
  const tips = new Set(given.heads.flatMap((record) => (record.tips as TipRecord[]).map((tip) => tip.id)));
  // The peer's entries the frontier settled (links): never judged again either.
  const foreign = new Set(listedForeign(given.open).map((key) => key.slice(key.indexOf('.') + 1)));
  const settled = (id: EntryIdText) => frontier.has(id) || tips.has(id) || listed.has(id) || foreign.has(id);
  const below = belowTips(given.heads, until);

  const build = (): NetworkState => {
    // Each state its own copy: the rules change the records they are given.
    const sections = structuredClone(given);
    const state = emptyState(networkId);
    state.checkpoint = { tips, settled, below, until, carried: joins, fresh: build };
    const network = sections.network[0] as CheckpointRecord;
    state.genesis = { ...(genesis.entry.body as Bodies['genesis']), joinWork: network.joinWork as number };
    state.network = network.settings as NetworkState['network'];
    state.policy = network.policy as NetworkState['policy'];
    state.founder = network.founder as string | null;
    state.pot = network.pot as number;
    state.epochs = (network.epochs as { epoch: number; author: string }[]).map((e) => ({ ...e, secrets: [] }));
    state.authorityHeads = [...(network.authorityHeads as EntryIdText[])];
    for (const { net, minutes } of network.clearing as { net: string; minutes: number }[])
      state.clearing.set(net, minutes);
    const tipsOf = new Map<string, TipRecord[]>();
    for (const record of sections.heads) {
      const list = record.tips as TipRecord[];
      tipsOf.set(record.key, list);
      for (const tip of list) state.chain.set(tip.id, { author: record.key, seq: tip.seq, parent: null });
      const highest = list[0];
      if (highest) state.heads.set(record.key, { seq: highest.seq, id: highest.id });
      if (record.fork !== null) state.forks.set(record.key, record.fork as number);
    }
    for (const record of sections.members) state.members.set(record.key, member(record, joins, state));
    for (const record of sections.devices) state.devices.set(record.key, device(record, tipsOf.get(record.key) ?? []));
    for (const [id, post] of posts) state.posts.set(id, { ...post, updatedFrom: { ...post.updatedFrom } });
    openObjects(state, sections.open, entries);
    reckonRestoredPlans(state);
    return state;
  };
  return build;
}

function member(record: CheckpointRecord, joins: ReadonlyMap<EntryIdText, VerifiedEntry>, state: NetworkState): Member {
  const made = newMember(record.key, idFromText(record.key));
  const joinId = record.joinId as EntryIdText | null;
  const join = joinId ? joins.get(joinId) : undefined;
  const voice = record.voice as { member: string; id: EntryIdText } | null;
  if (voice) state.vouches.set(record.key, [voice]);
  const setAsideBefore = record.setAsideBefore as number | null;
  const experience = record.experience as Member['experience'] | null;
  return {
    ...made,
    status: record.status as Member['status'],
    roles: new Set(record.roles as Role[]),
    devices: [...(record.devices as string[])],
    joinId,
    join: join ? (join.entry.body as Bodies['join']) : null,
    admittedAt: record.admittedAt as number | null,
    enrolled: record.enrolled as Member['enrolled'],
    ...(setAsideBefore === null ? {} : { setAsideBefore }),
    profile: record.profile as Member['profile'],
    profileFrom: record.profileFrom as Order | null,
    ...(experience ? { experience } : {}),
    balance: record.balance as number,
    given: record.given as number,
    received: record.received as number,
    welcome: record.welcome as number,
    seniority: record.seniority as number | null,
  };
}

/** A device's windows, as far as entries after the frontier go: said by the flags on its tips. */
function device(record: CheckpointRecord, tips: readonly TipRecord[]): Device {
  const flagged = (flag: 'open' | 'kept' | 'end') => new Set(tips.filter((tip) => tip[flag]).map((tip) => tip.id));
  let windows: CountedWindow[] = [];
  if (record.window === 'open') windows = [{ start: record.fromStart ? null : flagged('open'), end: null }];
  if (record.window === 'closed') windows = [{ start: null, end: flagged('end') }];
  const kept = record.kept as { retiredBy: EntryIdText; open: boolean; fromStart: boolean } | null;
  return {
    key: record.key,
    publicKey: idFromText(record.key),
    member: record.member as string,
    boxKey: record.boxKey as Uint8Array,
    label: record.label as string,
    windows,
    removed: record.removed as boolean,
    kept: kept
      ? {
          retiredBy: kept.retiredBy,
          start: kept.fromStart ? null : flagged('kept'),
          end: kept.open ? null : new Set<EntryIdText>(),
        }
      : null,
  };
}

function openObjects(
  state: NetworkState,
  records: readonly CheckpointRecord[],
  entries: ReadonlyMap<EntryIdText, VerifiedEntry>,
): void {
  for (const record of records) {
    const [kind = '', ...rest] = record.key.split(' ');
    const key = rest.join(' ');
    if (restoreTogether(state, kind, key, record, entries)) continue;
    if (restoreLink(state, kind, key, record)) continue;
    if (restoreIdeaOrRecurring(state, kind, key, record)) continue;
    if (kind === 'match') {
      state.matchDecisions.set(key, { accept: record.accept as boolean, from: record.from as Order });
    } else if (kind === 'proposal') {
      state.proposals.set(key, record.proposal as Proposal);
      if (record.confirmed) state.confirmations.set(key, record.confirmed as EntryIdText);
    } else if (kind === 'group') {
      state.groupRecords.set(key, record.record as GroupRecord);
      for (const { key: answer, ...value } of record.answers as CheckpointRecord[])
        state.partAnswers.set(answer, value as { agree: boolean; from: Order });
      for (const part of record.moved as string[]) state.movedParts.add(part);
    } else if (kind === 'activity') {
      const pairs = <V>(list: unknown) =>
        new Map((list as CheckpointRecord[]).map(({ key: member, ...value }) => [member, value as V]));
      state.activities.set(key, {
        ...(record.activity as object),
        signUps: pairs(record.signUps),
        came: new Map((record.came as { key: string; id: EntryIdText }[]).map((c) => [c.key, c.id])),
        payments: pairs(record.payments),
      } as Activity);
      if (record.approved) state.activityApprovals.set(key, record.approved as EntryIdText);
    } else if (kind === 'met') {
      state.met.set(key, { by: record.by as string, atKiosk: record.atKiosk as boolean });
    }
  }
}
